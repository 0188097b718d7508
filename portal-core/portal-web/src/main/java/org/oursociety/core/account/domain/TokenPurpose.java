package org.oursociety.core.account.domain;

import java.time.Duration;

/** What a mailed link is for, and how long it stays valid. */
public enum TokenPurpose {
    CONFIRM_EMAIL("confirm-email", Duration.ofHours(24)),
    RESET_PASSWORD("reset-password", Duration.ofHours(1)),
    CHANGE_EMAIL("change-email", Duration.ofHours(24));

    private final String code;
    private final Duration validity;

    TokenPurpose(String code, Duration validity) {
        this.code = code;
        this.validity = validity;
    }

    /** As stored in {@code core.account_token.purpose}. */
    public String code() {
        return code;
    }

    public Duration validity() {
        return validity;
    }

    public static TokenPurpose ofCode(String code) {
        for (TokenPurpose purpose : values()) {
            if (purpose.code.equals(code)) {
                return purpose;
            }
        }
        throw new IllegalArgumentException("No token purpose " + code);
    }
}

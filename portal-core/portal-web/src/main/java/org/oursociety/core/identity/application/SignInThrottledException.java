package org.oursociety.core.identity.application;

import java.time.Duration;

/**
 * A sign-in refused before the password was looked at, because its email or its client address had
 * too many failures. Says nothing about whether the account exists.
 */
public class SignInThrottledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; retry after " + retryAfter.toSeconds() + " s", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

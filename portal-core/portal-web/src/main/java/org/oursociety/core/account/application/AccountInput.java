package org.oursociety.core.account.application;

import java.util.LinkedHashMap;
import java.util.Map;
import org.oursociety.core.account.domain.PasswordPolicy;
import org.oursociety.core.account.domain.PasswordStrength;
import org.oursociety.core.identity.domain.EmailAddress;
import org.oursociety.core.identity.domain.UserAccount;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;

/** Checks the fields of account forms and API bodies, collecting a message per bad field. */
final class AccountInput {

    /** Longer input is refused before hashing, so nobody can make the server hash megabytes. */
    static final int MAX_CURRENT_PASSWORD = 1024;

    private final Map<String, Message> errors = new LinkedHashMap<>();

    AccountInput email(String field, String email) {
        if (email == null || email.isBlank()) {
            errors.put(field, AccountMessages.message("error.email.required"));
        } else if (!EmailAddress.isPlausible(email) || email.indexOf('\uFFFD') >= 0) {
            errors.put(field, AccountMessages.message("error.email.invalid"));
        }
        return this;
    }

    AccountInput displayName(String field, String name) {
        if (name == null || name.isBlank()) {
            errors.put(field, AccountMessages.message("error.displayName.required"));
        } else if (!UserAccount.isValidDisplayName(name)) {
            errors.put(field, AccountMessages.message("error.displayName.invalid"));
        }
        return this;
    }

    AccountInput newPassword(String field, String password) {
        if (password == null || password.isEmpty()) {
            errors.put(field, AccountMessages.message("error.password.required"));
            return this;
        }
        PasswordPolicy.standard().check(password).ifPresent(problem -> errors.put(field, switch (problem) {
            case TOO_SHORT -> AccountMessages.message("error.password.tooShort");
            case TOO_LONG -> AccountMessages.message("error.password.tooLong");
            case TOO_COMMON -> AccountMessages.message("error.password.tooCommon");
            case TOO_WEAK -> AccountMessages.withAdvice("error.password.tooWeak",
                    PasswordStrength.weakness(password).map(PasswordStrength.Weakness::keys).orElse(java.util.List.of()));
        }));
        return this;
    }

    AccountInput currentPassword(String field, String password) {
        if (password == null || password.isEmpty()) {
            errors.put(field, AccountMessages.message("error.currentPassword.required"));
        } else if (password.length() > MAX_CURRENT_PASSWORD) {
            errors.put(field, AccountMessages.message("error.currentPassword.wrong"));
        }
        return this;
    }

    AccountInput language(String field, String language) {
        if (language != null && !UserAccount.LANGUAGES.contains(language)) {
            errors.put(field, AccountMessages.message("error.language.invalid"));
        }
        return this;
    }

    AccountInput fail(String field, String key) {
        errors.put(field, AccountMessages.message(key));
        return this;
    }

    /** @throws Refusal (400, a message per field) when any field was refused */
    void check() {
        if (!errors.isEmpty()) {
            throw AccountMessages.invalid(errors);
        }
    }
}

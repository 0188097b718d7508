package org.oursociety.core.account.application;

import java.util.LinkedHashMap;
import java.util.Map;
import org.oursociety.core.account.domain.PasswordPolicy;
import org.oursociety.core.account.domain.PasswordStrength;
import org.oursociety.core.identity.domain.EmailAddress;
import org.oursociety.core.identity.domain.UserAccount;

/** Checks the fields of account forms and API bodies, collecting a message key per bad field. */
final class AccountInput {

    /** Longer input is refused before hashing, so nobody can make the server hash megabytes. */
    static final int MAX_CURRENT_PASSWORD = 1024;

    private final Map<String, String> errors = new LinkedHashMap<>();

    AccountInput email(String field, String email) {
        if (email == null || email.isBlank()) {
            errors.put(field, "error.email.required");
        } else if (!EmailAddress.isPlausible(email) || email.indexOf('\uFFFD') >= 0) {
            errors.put(field, "error.email.invalid");
        }
        return this;
    }

    AccountInput displayName(String field, String name) {
        if (name == null || name.isBlank()) {
            errors.put(field, "error.displayName.required");
        } else if (!UserAccount.isValidDisplayName(name)) {
            errors.put(field, "error.displayName.invalid");
        }
        return this;
    }

    AccountInput newPassword(String field, String password) {
        if (password == null || password.isEmpty()) {
            errors.put(field, "error.password.required");
            return this;
        }
        PasswordPolicy.standard().check(password).ifPresent(problem -> errors.put(field, switch (problem) {
            case TOO_SHORT -> "error.password.tooShort";
            case TOO_LONG -> "error.password.tooLong";
            case TOO_COMMON -> "error.password.tooCommon";
            case TOO_WEAK -> AccountMessages.joined("error.password.tooWeak",
                    PasswordStrength.weakness(password).map(PasswordStrength.Weakness::keys).orElse(java.util.List.of()));
        }));
        return this;
    }

    AccountInput currentPassword(String field, String password) {
        if (password == null || password.isEmpty()) {
            errors.put(field, "error.currentPassword.required");
        } else if (password.length() > MAX_CURRENT_PASSWORD) {
            errors.put(field, "error.currentPassword.wrong");
        }
        return this;
    }

    AccountInput language(String field, String language) {
        if (language != null && !UserAccount.LANGUAGES.contains(language)) {
            errors.put(field, "error.language.invalid");
        }
        return this;
    }

    AccountInput fail(String field, String key) {
        errors.put(field, key);
        return this;
    }

    /** @throws InvalidInput when any field was refused */
    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}

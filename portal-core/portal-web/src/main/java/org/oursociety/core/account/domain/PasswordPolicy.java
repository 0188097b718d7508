package org.oursociety.core.account.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be: 10 to 128 characters (counted as Unicode code points, so an emoji is one),
 * not one of the 10,000 most common passwords (compared case-insensitively), and not easy to guess by
 * its patterns ({@link PasswordStrength}: "aaaaaaaaaa", ten spaces, "Password1234"). No composition
 * rules: they make passwords harder to remember, not harder to guess (NIST SP 800-63B).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    static final String COMMON_LIST = "/org/oursociety/core/account/common-passwords.txt";

    /** Why a password is refused. */
    public enum Problem {
        TOO_SHORT, TOO_LONG, TOO_COMMON, TOO_WEAK
    }

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** The policy with the shipped list of common passwords. */
    public static PasswordPolicy standard() {
        return Holder.STANDARD;
    }

    public Optional<Problem> check(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.TOO_COMMON);
        }
        if (PasswordStrength.weakness(password).isPresent()) {
            return Optional.of(Problem.TOO_WEAK);
        }
        return Optional.empty();
    }

    int commonCount() {
        return common.size();
    }

    static Set<String> load(InputStream in) throws IOException {
        Set<String> passwords = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    passwords.add(line.toLowerCase(Locale.ROOT));
                }
            }
        }
        return passwords;
    }

    /** Loaded once, on first use. */
    private static final class Holder {
        static final PasswordPolicy STANDARD = new PasswordPolicy(read());

        private static Set<String> read() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
                if (in == null) {
                    throw new IllegalStateException("The list of common passwords is missing: " + COMMON_LIST);
                }
                return load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

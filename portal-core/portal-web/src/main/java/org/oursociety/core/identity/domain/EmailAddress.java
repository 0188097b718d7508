package org.oursociety.core.identity.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses are compared case-insensitively, so they are kept trimmed and lower-case. */
public final class EmailAddress {

    private static final Pattern PLAUSIBLE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddress() {
    }

    public static String normalise(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    public static boolean isPlausible(String email) {
        String normalised = normalise(email);
        return normalised.length() <= 254 && PLAUSIBLE.matcher(normalised).matches();
    }
}

package org.oursociety.core.residence.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * A one-time voting code printed on a slip: 16 characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), shown in groups of four ({@code HK7M-3QXA-9RTC-WP2E}). 31^16 is about 2^79, so
 * guessing one of the issued codes online is hopeless, and even someone holding a copy of the
 * database cannot find an unused code from its hash within the codes' lifetime (at most a year).
 * Hence a plain SHA-256 is stored, as for mailed links: a salt or slow hash buys nothing here.
 */
public final class VotingCode {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 16;
    private static final int GROUP = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VotingCode() {
    }

    /** A new random code, in its compact form (no hyphens). */
    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** As printed: groups of four joined by hyphens. */
    public static String display(String compact) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < compact.length(); i += GROUP) {
            if (i > 0) {
                shown.append('-');
            }
            shown.append(compact, i, Math.min(compact.length(), i + GROUP));
        }
        return shown.toString();
    }

    /**
     * The compact code a person typed, forgiving case, spaces and hyphens; empty when it cannot be a
     * code we issued (so it is refused before any lookup).
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (compact.length() != LENGTH || !compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(compact);
    }

    /** The SHA-256 of the compact code, as stored: lower-case hex. */
    public static String hash(String compact) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(compact.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}

package org.oursociety.core.mail.domain;

import java.time.Duration;

/**
 * How long to wait before trying a mail again: {@code first} after the first failure, doubling after
 * each further one, never more than {@code max}. There is no last attempt: a mail is never dropped,
 * because the cause may be an SMTP server that is down for a weekend; the cap keeps it from waiting
 * days once the server is back.
 */
public record Backoff(Duration first, Duration max) {

    /** 30 s, 1 min, 2 min, 4 min ... then every hour. */
    public static final Backoff STANDARD = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

    public Backoff {
        if (first == null || max == null || first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("A back-off needs 0 < first <= max, not " + first + " and " + max);
        }
    }

    /** The wait after the given number of failed attempts (1 for the first failure). */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts starts at 1, not " + failedAttempts);
        }
        Duration delay = first;
        // Doubling step by step instead of shifting keeps a mail that failed a million times from overflowing.
        for (int i = 1; i < failedAttempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}

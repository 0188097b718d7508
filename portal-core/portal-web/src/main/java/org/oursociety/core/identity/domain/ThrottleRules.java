package org.oursociety.core.identity.domain;

import java.time.Duration;

/**
 * How many failed sign-ins are allowed before a lock, and for how long.
 *
 * @param emailFailures   failures for one email within the window that lock it (5)
 * @param addressFailures failures from one client address within the window that lock it (50)
 * @param window          how long failures are counted from the first one (15 minutes)
 * @param lock            how long a lock refuses every attempt (15 minutes)
 */
public record ThrottleRules(int emailFailures, int addressFailures, Duration window, Duration lock) {

    public static final ThrottleRules DEFAULT = new ThrottleRules(5, 50, Duration.ofMinutes(15), Duration.ofMinutes(15));

    public ThrottleRules {
        if (emailFailures < 1 || addressFailures < 1) {
            throw new IllegalArgumentException("A sign-in limit is at least 1 failure");
        }
        if (window.isNegative() || window.isZero() || lock.isNegative() || lock.isZero()) {
            throw new IllegalArgumentException("The sign-in window and lock last at least a moment");
        }
    }

    /** Whole seconds for {@code Retry-After}, rounded up and at least 1, so a client never retries too early. */
    public static long retryAfterSeconds(Duration remaining) {
        long seconds = remaining.getSeconds() + (remaining.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}

package org.oursociety.portal.launcher.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * Waiting for something the portal does a moment later (a cache refresh, a mail, a module starting)
 * with a deadline instead of a fixed sleep: the test goes on as soon as the condition holds and fails
 * with what it waited for when it never does. The one copy for every end-to-end test.
 */
final class Await {

    /** Long enough for every WAR's two-second caches on a loaded machine. */
    static final Duration DEFAULT = Duration.ofSeconds(10);

    private Await() {
    }

    static void until(Callable<Boolean> condition) throws Exception {
        until(DEFAULT, "the condition", condition);
    }

    static void until(Duration within, String what, Callable<Boolean> condition) throws Exception {
        until(Instant.now().plus(within), what, condition);
    }

    /** With a deadline counted from an event (a sign-out, a grant), for "every WAR sees it within N s". */
    static void until(Instant deadline, String what, Callable<Boolean> condition) throws Exception {
        while (!Boolean.TRUE.equals(condition.call())) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + " did not happen by the deadline");
            }
            Thread.sleep(100);
        }
    }
}

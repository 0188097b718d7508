package org.oursociety.portal.api.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.internal.cache.CacheInvalidation.Change;
import org.oursociety.portal.api.internal.cache.CacheInvalidation.Topic;
import org.oursociety.portal.api.testing.MutableClock;

/** A change announced through the one place is seen by the next read, here and by the hook beyond this WAR. */
class CacheInvalidationTest {

    private static final Duration MAX_AGE = Duration.ofSeconds(2);

    private final MutableClock clock = MutableClock.atNow();
    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void noHook() {
        CacheInvalidation.sendBeyondThisWar(change -> {
        });
    }

    @Test
    void aChangeIsReadOnTheNextGetWithoutWaitingForMaxAge() {
        Refreshed<Integer> value = Refreshed.keepingLast("a number", reads::incrementAndGet, clock, MAX_AGE, 0);
        CacheInvalidation.listen(Topic.MODULES, key -> value.forget());
        assertThat(value.get()).isEqualTo(1);
        assertThat(value.get()).as("cached").isEqualTo(1);

        CacheInvalidation.changed(Topic.MODULES);

        assertThat(value.get()).as("read again at once, no clock moved").isEqualTo(2);
        assertThat(value.get()).isEqualTo(2);
    }

    @Test
    void aChangeDuringARunningReadMakesTheNextGetReadAgain() {
        Refreshed<Integer> value = Refreshed.keepingLast("a number", () -> {
            int n = reads.incrementAndGet();
            if (n == 1) {
                value().forget(); // the change lands while the first read is under way
            }
            return n;
        }, clock, MAX_AGE, 0);
        holder = value;

        assertThat(value.get()).isEqualTo(1);
        assertThat(value.get()).as("the read that raced a change is not trusted").isEqualTo(2);
        assertThat(value.get()).isEqualTo(2);
    }

    private Refreshed<Integer> holder;

    private Refreshed<Integer> value() {
        return holder;
    }

    @Test
    void keysReachTheListenersAndEveryChangeGoesBeyondThisWarButReceivedOnesDoNot() {
        List<String> heard = new ArrayList<>();
        List<Change> sent = new ArrayList<>();
        CacheInvalidation.listen(Topic.HOME_AREA, heard::add);
        CacheInvalidation.sendBeyondThisWar(sent::add);

        CacheInvalidation.changed(Topic.HOME_AREA, "user-1");
        CacheInvalidation.received(new Change(Topic.HOME_AREA, "user-2"));

        assertThat(heard).containsExactly("user-1", "user-2");
        assertThat(sent).containsExactly(new Change(Topic.HOME_AREA, "user-1"));
    }

    @Test
    void aFailingHookDoesNotStopTheChangeHere() {
        Refreshed<Integer> value = Refreshed.keepingLast("a number", reads::incrementAndGet, clock, MAX_AGE, 0);
        CacheInvalidation.listen(Topic.REVOCATIONS, key -> value.forget());
        CacheInvalidation.sendBeyondThisWar(change -> {
            throw new IllegalStateException("the cluster is away");
        });
        value.get();

        CacheInvalidation.changed(Topic.REVOCATIONS);

        assertThat(value.get()).isEqualTo(2);
    }
}

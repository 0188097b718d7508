package org.oursociety.portal.api.internal.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.testing.MutableClock;

class HomeAreaCacheTest {

    private final MutableClock clock = MutableClock.atNow();
    private final HomeAreaCache cache = new HomeAreaCache(Duration.ofSeconds(2), clock);
    private final AtomicInteger reads = new AtomicInteger();
    private final UUID user = UUID.randomUUID();

    private Optional<String> read(UUID id) {
        reads.incrementAndGet();
        return Optional.of("area-" + reads.get());
    }

    @Test
    void aUserBrowsingCostsOneReadEveryTwoSeconds() {
        for (int i = 0; i < 50; i++) {
            assertThat(cache.get(user, this::read)).contains("area-1");
        }
        clock.advance(Duration.ofMillis(2001));
        assertThat(cache.get(user, this::read)).contains("area-2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aChangeInThisWarIsSeenOnTheNextPage() {
        cache.get(user, this::read);
        cache.forget(user);
        assertThat(cache.get(user, this::read)).contains("area-2");
    }

    @Test
    void aFailedReadIsNotRemembered() {
        assertThat(cache.get(user, id -> null)).isEmpty();
        assertThat(cache.get(user, this::read)).contains("area-1");
    }
}

package org.oursociety.portal.api.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.testing.MutableClock;

/**
 * A module's remembered data: read once per key within 2 s however many pages ask, and read again at once when
 * the WAR that changed it says so, for the keys it names and no others.
 */
class RememberedTest {

    private static final Duration MAX_AGE = Duration.ofSeconds(2);

    private final MutableClock clock = MutableClock.atNow();
    private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();

    private Remembered<String> cache(String name, int maxEntries) {
        return Remembered.of(name, MAX_AGE, maxEntries, clock,
                key -> key + "#" + reads.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet());
    }

    @Test
    void aKeyIsReadOncePerMaxAge() {
        Remembered<String> topics = cache("test.once", 100);
        assertThat(topics.get("t1/1")).isEqualTo("t1/1#1");
        assertThat(topics.get("t1/1")).as("remembered").isEqualTo("t1/1#1");
        assertThat(topics.get("t2/1")).as("another key is read on its own").isEqualTo("t2/1#1");

        clock.advance(MAX_AGE.plusMillis(1));

        assertThat(topics.get("t1/1")).isEqualTo("t1/1#2");
    }

    @Test
    void aChangeForgetsTheKeysStartingWithItsPrefixAtOnce() {
        Remembered<String> pages = cache("test.prefix", 100);
        Remembered<String> other = cache("test.other", 100);
        pages.get("t1/1");
        pages.get("t1/21");
        pages.get("t2/1");
        other.get("t1/x");

        Remembered.changed("test.prefix", "t1");

        assertThat(pages.get("t1/1")).as("no clock moved").isEqualTo("t1/1#2");
        assertThat(pages.get("t1/21")).isEqualTo("t1/21#2");
        assertThat(pages.get("t2/1")).as("another topic").isEqualTo("t2/1#1");
        assertThat(other.get("t1/x")).as("a cache of another name").isEqualTo("t1/x#1");

        pages.changed("");

        assertThat(pages.get("t2/1")).as("an empty prefix: everything").isEqualTo("t2/1#2");
    }

    @Test
    void pastMaxEntriesItStartsAfresh() {
        Remembered<String> small = cache("test.small", 2);
        small.get("a");
        small.get("b");
        small.get("c");
        assertThat(small.get("a")).as("dropped when c came").isEqualTo("a#2");
    }
}

package org.oursociety.portal.api.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.oursociety.portal.api.internal.cache.CacheInvalidation;
import org.oursociety.portal.api.internal.cache.Refreshed;

/**
 * What a module reads for every page and every reader alike (a space's settings, a page of a topic, members'
 * names), remembered per key for a short {@code maxAge} so that a busy page does not ask the database for the
 * same rows hundreds of times a second. Forgetting goes through portal-api's one invalidation hub (topic
 * {@code MODULE_DATA}, key {@code name + ":" + key}), so the WAR that makes a change shows it on its next page
 * and what the hub later passes between WARs and instances reaches these caches too; elsewhere a change shows
 * within {@code maxAge}.
 *
 * <p>Keys are strings so that a change can forget every key that starts with a prefix (all pages of a topic).
 * At most {@code maxEntries} keys are kept; past that the cache starts afresh, which is cheap at 2 seconds.
 * The reader must not throw for an ordinary absence: return an empty {@code Optional} and let the caller refuse.
 *
 * @param <V> what is remembered
 */
public final class Remembered<V> {

    private final String name;
    private final Function<String, V> reader;
    private final Duration maxAge;
    private final int maxEntries;
    private final Clock clock;
    private final Map<String, Refreshed<V>> entries = new ConcurrentHashMap<>();

    private Remembered(String name, Duration maxAge, int maxEntries, Clock clock, Function<String, V> reader) {
        this.name = Objects.requireNonNull(name);
        this.reader = Objects.requireNonNull(reader);
        this.maxAge = Objects.requireNonNull(maxAge);
        this.maxEntries = maxEntries;
        this.clock = Objects.requireNonNull(clock);
        CacheInvalidation.listen(CacheInvalidation.Topic.MODULE_DATA, this::forgetHere);
    }

    /** A cache named {@code name} (unique in the WAR, e.g. {@code "forum.space"}) reading a key with {@code reader}. */
    public static <V> Remembered<V> of(String name, Duration maxAge, int maxEntries, Function<String, V> reader) {
        return new Remembered<>(name, maxAge, maxEntries, Clock.systemUTC(), reader);
    }

    /** For tests: time from {@code clock}. */
    public static <V> Remembered<V> of(String name, Duration maxAge, int maxEntries, Clock clock,
                                       Function<String, V> reader) {
        return new Remembered<>(name, maxAge, maxEntries, clock, reader);
    }

    /** The value under {@code key}, read again when older than {@code maxAge} or forgotten. */
    public V get(String key) {
        Refreshed<V> entry = entries.get(key);
        if (entry == null) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entry = entries.computeIfAbsent(key, k -> Refreshed.orFail(name + " " + k, () -> reader.apply(k), clock,
                    maxAge));
        }
        return entry.get();
    }

    /** The values under every key starting with {@code keyPrefix} changed ({@code ""}: all of them). */
    public void changed(String keyPrefix) {
        changed(name, keyPrefix);
    }

    /**
     * The same, for code that writes without holding the cache (a store): every cache named {@code name} in this
     * WAR forgets the keys starting with {@code keyPrefix}.
     */
    public static void changed(String name, String keyPrefix) {
        CacheInvalidation.changed(CacheInvalidation.Topic.MODULE_DATA, name + ":" + keyPrefix);
    }

    private void forgetHere(String key) {
        if (key == null) {
            entries.values().forEach(Refreshed::forget);
        } else if (key.startsWith(name + ":")) {
            String prefix = key.substring(name.length() + 1);
            entries.forEach((k, entry) -> {
                if (k.startsWith(prefix)) {
                    entry.forget();
                }
            });
        }
    }
}

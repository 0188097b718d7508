package org.oursociety.portal.api.internal.area;

import org.oursociety.portal.api.area.AreaDirectory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Users' home areas as the header needs them on every page, remembered for {@link AreaDirectory#MAX_AGE}
 * per user: a signed-in page costs no query for it while the user keeps browsing, and a change made in
 * another WAR shows within that time, like role grants and module switches. The WAR that changes a home
 * area forgets it at once ({@link AreaDirectory#forgetHomeArea}). Bounded: past {@value #MAX_ENTRIES} users
 * it starts afresh.
 */
public final class HomeAreaCache {

    static final int MAX_ENTRIES = 10_000;

    private record Known(Optional<String> areaId, Instant readAt) {
    }

    private final Map<UUID, Known> known = new ConcurrentHashMap<>();
    private final Duration maxAge;
    private final Clock clock;

    public HomeAreaCache(Duration maxAge, Clock clock) {
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** The remembered home area, or {@code read}'s answer (remembered when it is not {@code null}). */
    public Optional<String> get(UUID userId, Function<UUID, Optional<String>> read) {
        Instant now = clock.instant();
        Known entry = known.get(userId);
        if (entry != null && entry.readAt().plus(maxAge).isAfter(now)) {
            return entry.areaId();
        }
        Optional<String> fresh = read.apply(userId);
        if (fresh != null) {
            if (known.size() >= MAX_ENTRIES) {
                known.clear();
            }
            known.put(userId, new Known(fresh, now));
        }
        return fresh == null ? Optional.empty() : fresh;
    }

    /** Forgets one user's home area, or everyone's ({@code null}). */
    public void forget(UUID userId) {
        if (userId == null) {
            known.clear();
        } else {
            known.remove(userId);
        }
    }
}

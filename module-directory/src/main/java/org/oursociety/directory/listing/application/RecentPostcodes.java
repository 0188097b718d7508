package org.oursociety.directory.listing.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the postcodes searched by lately are: most searches of an area start from a handful of postcodes,
 * and each would otherwise cost a round trip to the database before the search itself. Kept
 * {@value #MINUTES} minutes, so a new postcode release reaches every instance within that time; postcodes
 * not found are not kept, so a postcode just loaded is found at once.
 */
final class RecentPostcodes {

    static final int MINUTES = 10;
    static final int KEPT = 10_000;

    private record Place(double[] coordinates, Instant until) {
    }

    private final Clock clock;
    private final Map<String, Place> places = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Place> eldest) {
            return size() > KEPT;
        }
    };

    RecentPostcodes(Clock clock) {
        this.clock = clock;
    }

    /** The place of a (normalised) postcode, from memory or else from {@code lookUp}. */
    Optional<double[]> of(String postcode, Function<String, Optional<double[]>> lookUp) {
        Instant now = clock.instant();
        synchronized (places) {
            Place kept = places.get(postcode);
            if (kept != null && kept.until().isAfter(now)) {
                return Optional.of(kept.coordinates().clone());
            }
        }
        Optional<double[]> found = lookUp.apply(postcode);
        found.ifPresent(c -> {
            synchronized (places) {
                places.put(postcode, new Place(c.clone(), now.plus(Duration.ofMinutes(MINUTES))));
            }
        });
        return found;
    }
}

package org.oursociety.portal.api.internal.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A value read from the database and read again when it is older than {@code maxAge}, by the
 * {@link Clock} it is given (so tests move time instead of sleeping). The one time-limited cache of
 * portal-api: the area directory, the access picture, the revocation list and each user's residences
 * are all one of these, which is how every WAR sees a change within {@code maxAge} without a query per
 * request.
 *
 * <p>One reader at a time: a thread that finds the value stale reads it while others wait, and the
 * others then use what it read. When a read fails the value is either kept (the last known areas beat
 * switching every module off) or the failure is passed on ({@link #orFail}: refusing a vote beats
 * counting a stranger's); either way the next read is not tried before {@code maxAge} has passed again.
 */
public final class Refreshed<T> {

    /** Reads the value; may fail. */
    @FunctionalInterface
    public interface Reader<T> {
        T read() throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(Refreshed.class.getName());

    private final String what;
    private final Reader<T> reader;
    private final Clock clock;
    private final Duration maxAge;
    private final boolean keepLastOnFailure;
    private volatile T value;
    private volatile Instant readAt = Instant.EPOCH;
    private volatile RuntimeException failure;
    /** Counts {@link #forget} calls, so a read that was under way when one came is not trusted for long. */
    private volatile long forgotten;

    private Refreshed(String what, Reader<T> reader, Clock clock, Duration maxAge, T initial, boolean keepLast) {
        this.what = what;
        this.reader = Objects.requireNonNull(reader);
        this.clock = Objects.requireNonNull(clock);
        this.maxAge = Objects.requireNonNull(maxAge);
        this.value = initial;
        this.keepLastOnFailure = keepLast;
    }

    /** Keeps the last value (at first {@code initial}) when a read fails, and logs the failure. */
    public static <T> Refreshed<T> keepingLast(String what, Reader<T> reader, Clock clock, Duration maxAge, T initial) {
        return new Refreshed<>(what, reader, clock, maxAge, initial, true);
    }

    /** Throws {@link IllegalStateException} from {@link #get} while the last read failed. */
    public static <T> Refreshed<T> orFail(String what, Reader<T> reader, Clock clock, Duration maxAge) {
        return new Refreshed<>(what, reader, clock, maxAge, null, false);
    }

    /** The value, read again first if it is older than {@code maxAge}. */
    public T get() {
        return fresherThan(maxAge);
    }

    /**
     * The value, read again first if it is older than {@code age} (shorter than {@code maxAge} when the
     * caller has a reason to think it is out of date, e.g. it does not know an area just created).
     */
    public T fresherThan(Duration age) {
        if (readAt.plus(age).isBefore(clock.instant())) {
            read(age);
        }
        RuntimeException failed = failure;
        if (failed != null) {
            throw failed;
        }
        return value;
    }

    /** Reads again at once, whatever the age: for the WAR that has just made a change and shows its effect. */
    public T refreshNow() {
        readAt = Instant.EPOCH;
        return get();
    }

    /**
     * Marks the value stale without reading it: the next {@link #get} reads. For
     * {@link CacheInvalidation}'s listeners, which must not query while the change is being made.
     */
    public void forget() {
        forgotten++;
        readAt = Instant.EPOCH;
    }

    /** When the value was last read (or a read was tried). */
    public Instant readAt() {
        return readAt;
    }

    private synchronized void read(Duration age) {
        Instant now = clock.instant();
        if (!readAt.plus(age).isBefore(now)) {
            return; // another thread read it while this one waited
        }
        long forgottenBefore = forgotten;
        try {
            value = reader.read();
            failure = null;
        } catch (Exception e) {
            if (keepLastOnFailure) {
                LOG.log(Level.WARNING, "Cannot refresh {0}; keeping the last one: {1}",
                        new Object[]{what, e.getMessage()});
            } else {
                failure = new IllegalStateException("Cannot read " + what, e);
            }
        }
        // A change announced during the read may have come too late for it: read again next time.
        readAt = forgotten == forgottenBefore ? now : Instant.EPOCH;
    }
}

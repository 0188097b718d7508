package org.oursociety.directory.listing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;

/**
 * Lets a few service searches run at once ({@code portal.directory.searches-at-once}, by default one a
 * processor); the others wait their turn in the order they came, for up to {@link #LONGEST_WAIT}, and are then
 * told the directory is busy (503, {@code Retry-After}).
 *
 * <p>Why: a search is all CPU, shared between this JVM and its PostgreSQL backend. With sixteen at once on two
 * cores, each got an eighth of a core, so a search needing three times the work of another also took three
 * times as long; the slowest hundredth took 40–45 ms. Taking turns two at a time, a search waits for the
 * work queued before it, which is about the same for every search, and then runs at full speed: 23–27 ms for
 * the slowest hundredth, at about the same number of searches a second ({@code bench/directory.sh}, ARCHITECTURE).
 * It also keeps a flood of searches on the open API from taking every database connection the pages need.
 */
@ApplicationScoped
public class SearchGate {

    /** A wait this long means the searches queued before would take it too: the portal is overloaded. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(5);
    static final Duration TRY_AGAIN_IN = Duration.ofSeconds(5);

    private final Semaphore turns;
    private final Duration longestWait;

    @Inject
    public SearchGate(@ConfigProperty(name = "portal.directory.searches-at-once") Optional<Integer> atOnce) {
        this(atOnce.filter(n -> n > 0).orElse(Runtime.getRuntime().availableProcessors()), LONGEST_WAIT);
    }

    /** Outside the container (tests). */
    public SearchGate(int atOnce, Duration longestWait) {
        this.turns = new Semaphore(atOnce, true); // fair: in the order they came
        this.longestWait = longestWait;
    }

    /** For CDI's proxy. */
    protected SearchGate() {
        this(1, LONGEST_WAIT);
    }

    /** Runs the search when its turn comes; refuses (503) if that is not within the longest wait. */
    public <T> T run(Supplier<T> search) {
        if (!awaitTurn()) {
            throw Refusal.unavailable(new Message(DirectoryPermissions.BUNDLE, "search.busy"), TRY_AGAIN_IN);
        }
        try {
            return search.get();
        } finally {
            turns.release();
        }
    }

    /** How many searches wait for a turn now (an estimate while they come and go). */
    int waiting() {
        return turns.getQueueLength();
    }

    private boolean awaitTurn() {
        try {
            return turns.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

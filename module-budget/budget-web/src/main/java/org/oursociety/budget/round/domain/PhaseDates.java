package org.oursociety.budget.round.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * When a round moves on by itself: the start of proposals, review, voting and results. Any may be
 * missing (the manager moves it by hand); those given must be in order.
 */
public record PhaseDates(Instant proposals, Instant review, Instant voting, Instant results) {

    public static final PhaseDates NONE = new PhaseDates(null, null, null, null);

    public PhaseDates {
        Instant last = null;
        for (Instant at : new Instant[]{proposals, review, voting, results}) {
            if (at != null) {
                if (last != null && !at.isAfter(last)) {
                    throw new IllegalArgumentException("dates");
                }
                last = at;
            }
        }
    }

    public Optional<Instant> startOf(Phase phase) {
        return Optional.ofNullable(switch (phase) {
            case PROPOSALS -> proposals;
            case REVIEW -> review;
            case VOTING -> voting;
            case RESULTS -> results;
            default -> null;
        });
    }
}

package org.oursociety.budget.round.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * How residents vote in a round: approval (choose between min and max projects), knapsack (choose
 * projects whose costs fit the budget), cumulative (spread points) or ranked (order up to max).
 */
public enum BallotKind {
    APPROVAL("approval"), KNAPSACK("knapsack"), CUMULATIVE("cumulative"), RANKED("ranked");

    private final String id;

    BallotKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The Pabulib vote_type the ballots are published as. */
    public String pabulibVoteType() {
        return switch (this) {
            case APPROVAL, KNAPSACK -> "approval";
            case CUMULATIVE -> "cumulative";
            case RANKED -> "ordinal";
        };
    }

    public static Optional<BallotKind> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String v = id.strip().toLowerCase(Locale.ROOT);
        for (BallotKind k : values()) {
            if (k.id.equals(v)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}

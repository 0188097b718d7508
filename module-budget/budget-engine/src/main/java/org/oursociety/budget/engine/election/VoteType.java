package org.oursociety.budget.engine.election;

import java.util.Locale;
import java.util.Optional;

/** The ballot kinds that Pabulib files declare in META vote_type. */
public enum VoteType {
    APPROVAL("approval"),
    CHOOSE_1("choose-1"),
    CUMULATIVE("cumulative"),
    SCORING("scoring"),
    ORDINAL("ordinal");

    private final String pabulibName;

    VoteType(String pabulibName) {
        this.pabulibName = pabulibName;
    }

    public String pabulibName() {
        return pabulibName;
    }

    /** Cumulative and scoring ballots carry a points column; the others only list projects. */
    public boolean usesPoints() {
        return this == CUMULATIVE || this == SCORING;
    }

    public static Optional<VoteType> fromPabulib(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (v.equals("choose1")) {
            v = "choose-1";
        }
        for (VoteType t : values()) {
            if (t.pabulibName.equals(v)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}

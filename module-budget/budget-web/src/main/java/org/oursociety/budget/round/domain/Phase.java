package org.oursociety.budget.round.domain;

import java.util.Locale;
import java.util.Optional;

/** A round's phases, in the only order a round goes through them. */
public enum Phase {
    DRAFT, PROPOSALS, REVIEW, VOTING, RESULTS, DELIVERY;

    /** The name used in the API and the database: {@code proposals}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Optional<Phase> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public static Optional<Phase> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (Phase p : values()) {
            if (p.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}

package org.oursociety.budget.round.domain;

import java.util.Objects;

/**
 * The ballot of a round: its kind and limits. {@code min} and {@code max} count projects (approval,
 * knapsack, ranked; null max means no limit but the number of projects), {@code points} is what a
 * cumulative ballot spreads. Made only through {@link #of}, which refuses limits that contradict
 * each other, so every stored round has a ballot a resident can fill in.
 */
public record BallotRules(BallotKind kind, int min, Integer max, Integer points) {

    public BallotRules {
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * @throws IllegalArgumentException naming the field ({@code min}, {@code max}, {@code points}) that is wrong
     */
    public static BallotRules of(BallotKind kind, Integer min, Integer max, Integer points) {
        int lowest = min == null ? 1 : min;
        if (lowest < 1) {
            throw new IllegalArgumentException("min");
        }
        if (max != null && (max < 1 || max < lowest)) {
            throw new IllegalArgumentException("max");
        }
        if (kind == BallotKind.CUMULATIVE) {
            if (points == null || points < 1 || points > 1000) {
                throw new IllegalArgumentException("points");
            }
        } else if (points != null) {
            throw new IllegalArgumentException("points");
        }
        if (kind == BallotKind.RANKED && max == null) {
            max = 5;
        }
        return new BallotRules(kind, lowest, max, points);
    }
}

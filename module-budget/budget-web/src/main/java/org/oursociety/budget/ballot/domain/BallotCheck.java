package org.oursociety.budget.ballot.domain;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oursociety.budget.round.domain.BallotKind;
import org.oursociety.budget.round.domain.BallotRules;

/**
 * Whether a ballot is one the round accepts, said plainly: an unknown or repeated project, too few
 * or too many choices, over the budget (knapsack), points that do not add up (cumulative). Pages
 * show the same words as the resident goes; the service checks again before storing.
 */
public final class BallotCheck {

    private BallotCheck() {
    }

    /**
     * @param costs  the projects on the ballot and their costs in whole pounds
     * @param budget the round's budget in whole pounds
     * @return the first problem, or empty for a valid ballot
     */
    public static Optional<BallotProblem> problem(BallotRules rules, BallotChoice choice, Map<Long, Long> costs,
                                                  long budget) {
        String field = switch (rules.kind()) {
            case CUMULATIVE -> "points";
            case RANKED -> "ranking";
            default -> "projects";
        };
        Set<Long> seen = new HashSet<>();
        long total = 0;
        for (Long project : choice.projects()) {
            if (project == null || !costs.containsKey(project)) {
                return Optional.of(new BallotProblem(field, "ballot.unknown-project", String.valueOf(project)));
            }
            if (!seen.add(project)) {
                return Optional.of(new BallotProblem(field, "ballot.repeated-project"));
            }
            total += costs.get(project);
        }
        int count = choice.projects().size();
        if (rules.kind() == BallotKind.CUMULATIVE) {
            if (choice.points() == null) {
                return Optional.of(new BallotProblem(field, "ballot.points-missing"));
            }
            long given = 0;
            for (Integer p : choice.points()) {
                if (p == null || p < 1) {
                    return Optional.of(new BallotProblem(field, "ballot.points-positive"));
                }
                given += p;
            }
            if (count == 0) {
                return Optional.of(new BallotProblem(field, "ballot.too-few", rules.min()));
            }
            if (given > rules.points()) {
                return Optional.of(new BallotProblem(field, "ballot.too-many-points", given, rules.points()));
            }
            return Optional.empty();
        }
        if (count < rules.min()) {
            return Optional.of(new BallotProblem(field, "ballot.too-few", rules.min()));
        }
        if (rules.max() != null && count > rules.max()) {
            return Optional.of(new BallotProblem(field, "ballot.too-many", rules.max()));
        }
        if (rules.kind() == BallotKind.KNAPSACK && total > budget) {
            return Optional.of(new BallotProblem(field, "ballot.over-budget", total, budget));
        }
        return Optional.empty();
    }
}

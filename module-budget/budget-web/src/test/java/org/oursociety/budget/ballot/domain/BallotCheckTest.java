package org.oursociety.budget.ballot.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oursociety.budget.round.domain.BallotKind;
import org.oursociety.budget.round.domain.BallotRules;

class BallotCheckTest {

    private static final Map<Long, Long> COSTS = Map.of(1L, 600L, 2L, 500L, 3L, 300L);

    private static String problem(BallotRules rules, BallotChoice choice) {
        return BallotCheck.problem(rules, choice, COSTS, 1000).map(BallotProblem::key).orElse("ok");
    }

    @Test
    void approvalBallotsChooseBetweenTheFewestAndTheMost() {
        BallotRules rules = BallotRules.of(BallotKind.APPROVAL, 1, 2, null);
        assertThat(problem(rules, BallotChoice.of(List.of(1L, 2L)))).isEqualTo("ok");
        assertThat(problem(rules, BallotChoice.of(List.of()))).isEqualTo("ballot.too-few");
        assertThat(problem(rules, BallotChoice.of(List.of(1L, 2L, 3L)))).isEqualTo("ballot.too-many");
        assertThat(problem(rules, BallotChoice.of(List.of(1L, 1L)))).isEqualTo("ballot.repeated-project");
        assertThat(problem(rules, BallotChoice.of(List.of(9L)))).isEqualTo("ballot.unknown-project");
    }

    @Test
    void knapsackBallotsMustFitTheBudgetAndSayByHowMuchTheyDoNot() {
        BallotRules rules = BallotRules.of(BallotKind.KNAPSACK, null, null, null);
        assertThat(problem(rules, BallotChoice.of(List.of(1L, 3L)))).isEqualTo("ok");
        BallotProblem over = BallotCheck.problem(rules, BallotChoice.of(List.of(1L, 2L)), COSTS, 1000).orElseThrow();
        assertThat(over.key()).isEqualTo("ballot.over-budget");
        assertThat(over.args()).containsExactly(1100L, 1000L);
        assertThat(over.field()).isEqualTo("projects");
    }

    @Test
    void cumulativeBallotsSpreadAtMostTheirPointsAndRankedOnesOrderAtMostMax() {
        BallotRules cumulative = BallotRules.of(BallotKind.CUMULATIVE, null, null, 10);
        assertThat(problem(cumulative, new BallotChoice(List.of(1L, 2L), List.of(7, 3)))).isEqualTo("ok");
        assertThat(problem(cumulative, new BallotChoice(List.of(1L, 2L), List.of(8, 5)))).isEqualTo("ballot.too-many-points");
        assertThat(problem(cumulative, new BallotChoice(List.of(1L), List.of(-1)))).isEqualTo("ballot.points-positive");
        BallotRules ranked = BallotRules.of(BallotKind.RANKED, null, 2, null);
        assertThat(problem(ranked, BallotChoice.of(List.of(3L, 1L)))).isEqualTo("ok");
        assertThat(problem(ranked, BallotChoice.of(List.of(3L, 1L, 2L)))).isEqualTo("ballot.too-many");
    }
}

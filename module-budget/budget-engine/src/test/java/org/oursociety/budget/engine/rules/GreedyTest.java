package org.oursociety.budget.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oursociety.budget.engine.Elections.approval;
import static org.oursociety.budget.engine.Elections.ids;
import static org.oursociety.budget.engine.Elections.reason;

import org.junit.jupiter.api.Test;
import org.oursociety.budget.engine.Elections;
import org.oursociety.budget.engine.election.Election;

class GreedyTest {
    private static Outcome count(Election e, RuleName rule) {
        return Counter.count(e, rule, TieBreak.DEFAULT);
    }

    @Test
    void equalScoresGoToTheCheaperProjectThenMoreVotesThenTheLowerId() {
        Election e = approval(60, "a:60 c:50 b:50", "a,b,c", "a,b,c");
        Outcome o = count(e, RuleName.GREEDY);

        assertThat(ids(e, o)).containsExactly("b");
        assertThat(reason(e, o, "c")).isEqualTo("10 left when its turn came, it costs 50");
        assertThat(reason(e, o, "a")).isEqualTo("10 left when its turn came, it costs 60");
    }

    @Test
    void theTieBreakCanBeChosen() {
        Election e = approval(60, "a:60 c:50 b:50", "a,b,c");

        assertThat(ids(e, Counter.count(e, RuleName.GREEDY, TieBreak.parse("cost-desc")))).containsExactly("a");
        assertThat(ids(e, Counter.count(e, RuleName.GREEDY, TieBreak.parse("cost,id")))).containsExactly("b");
        assertThat(ids(e, Counter.count(e, RuleName.GREEDY, TieBreak.parse("file-order")))).containsExactly("a");
        assertThatThrownBy(() -> TieBreak.parse("luck")).hasMessageContaining("unknown tie-break key 'luck'");
    }

    @Test
    void numericIdsCompareAsNumbers() {
        Election e = approval(10, "10:10 9:10", "9,10");
        assertThat(ids(e, count(e, RuleName.GREEDY))).containsExactly("9");
    }

    @Test
    void anUnaffordableTopProjectIsSkippedEvenWithoutSkipping() {
        Election e = approval(100, "big:200 mid:80 small:30", "big,mid,small", "big,mid", "big");

        assertThat(ids(e, count(e, RuleName.GREEDY))).containsExactly("mid");
        Outcome noSkip = count(e, RuleName.GREEDY_NO_SKIP);
        assertThat(ids(e, noSkip)).containsExactly("mid");
        assertThat(reason(e, noSkip, "big")).isEqualTo("it costs 200, more than the whole budget of 100");
        assertThat(reason(e, noSkip, "small")).isEqualTo("20 left when its turn came, it costs 30");
    }

    @Test
    void noSkipStopsAtTheFirstProjectThatDoesNotFit() {
        Election e = approval(100, "a:70 b:40 c:10", "a,b,c", "a,b", "a");
        Outcome o = count(e, RuleName.GREEDY_NO_SKIP);

        assertThat(ids(e, o)).containsExactly("a");
        assertThat(reason(e, o, "b")).isEqualTo("30 left when its turn came, it costs 40");
        assertThat(reason(e, o, "c")).isEqualTo("not reached: counting stopped at project b, which did not fit");
        assertThat(ids(e, count(e, RuleName.GREEDY))).containsExactly("a", "c");
    }

    @Test
    void aScoreExactlyAtTheThresholdCounts() {
        Election e = Elections.build("approval", 100, "min_project_score_threshold;2\n", "a:10 b:10", null,
                "a,b", "a");
        Outcome o = count(e, RuleName.GREEDY_THRESHOLD);

        assertThat(ids(e, o)).containsExactly("a");
        assertThat(reason(e, o, "b")).isEqualTo("below the threshold of 2 (score 1)");
    }

    @Test
    void greedyThresholdWithoutAThresholdIsRefused() {
        Election e = approval(100, "a:10", "a");
        assertThatThrownBy(() -> count(e, RuleName.GREEDY_THRESHOLD)).isInstanceOf(RuleException.class)
                .hasMessageContaining("min_project_score_threshold");
    }

    @Test
    void aFreeProjectAndOneNobodyApprovesAreFundedWhenTheyFit() {
        Election e = approval(50, "a:50 free:0 lonely:10", "a", "a,free");
        Outcome o = count(e, RuleName.GREEDY);

        assertThat(ids(e, o)).containsExactly("a", "free");
        assertThat(reason(e, o, "lonely")).isEqualTo("0 left when its turn came, it costs 10");
    }

    @Test
    void emptyBallotsCountAsVotersButScoreNothing() {
        Election e = approval(100, "a:10 b:10", "a", "", "");
        Outcome o = count(e, RuleName.GREEDY);

        assertThat(e.voters()).isEqualTo(3);
        assertThat(o.projects().get(0).score()).isEqualTo(1);
        assertThat(new org.oursociety.budget.engine.explain.Report("f", e, o).votersWithFundedProject()).isEqualTo(1);
    }

    @Test
    void aBudgetThatFitsEverythingFundsEverythingUnderEveryRule() {
        Election e = approval(100, "a:40 b:30 c:30", "a", "b", "c,a");
        for (RuleName rule : RuleName.values()) {
            if (rule != RuleName.GREEDY_THRESHOLD && rule != RuleName.EQUAL_SHARES) {
                assertThat(Elections.ids(e, count(e, rule))).as(rule.pabulibName()).containsExactlyInAnyOrder("a", "b", "c");
            }
        }
    }

    @Test
    void plainEqualSharesMayLeaveMoneyEvenWhenEverythingFits() {
        // Each voter holds 33.33; the third already paid 20 towards a, so c is out of reach
        // until add1 raises the per-voter budget.
        Election e = approval(100, "a:40 b:30 c:30", "a", "b", "c,a");
        Outcome o = count(e, RuleName.EQUAL_SHARES);

        assertThat(ids(e, o)).containsExactly("a", "b");
        assertThat(reason(e, o, "c")).isEqualTo("its supporters held only 13.33 of its cost 30 under Equal Shares");
    }

    @Test
    void scoresFollowTheVoteType() {
        Election cumulative = Elections.build("cumulative", 100, "", "a:10 b:10", new String[] {"3,1", "2"}, "a,b", "b");
        assertThat(count(cumulative, RuleName.GREEDY).projects()).extracting(ProjectResult::score).containsExactly(3L, 3L);

        Election ordinal = Elections.build("ordinal", 100, "max_length;3\n", "a:10 b:10 c:10", null, "a,b,c", "c,b");
        assertThat(count(ordinal, RuleName.GREEDY).projects()).extracting(ProjectResult::score).containsExactly(3L, 4L, 4L);
    }
}

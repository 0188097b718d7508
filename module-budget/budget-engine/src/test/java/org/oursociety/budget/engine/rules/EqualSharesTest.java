package org.oursociety.budget.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oursociety.budget.engine.Elections.approval;
import static org.oursociety.budget.engine.Elections.ids;
import static org.oursociety.budget.engine.Elections.reason;

import org.junit.jupiter.api.Test;
import org.oursociety.budget.engine.Elections;
import org.oursociety.budget.engine.election.Election;

class EqualSharesTest {
    /** Ten voters with 100 each: seven want a and b, three want c. */
    private static Election majorityAndMinority() {
        String[] ballots = new String[10];
        for (int i = 0; i < 10; i++) {
            ballots[i] = i < 7 ? "a,b" : "c";
        }
        return approval(1000, "a:600 b:400 c:300", ballots);
    }

    private static Outcome count(Election e, RuleName rule) {
        return Counter.count(e, rule, TieBreak.DEFAULT);
    }

    @Test
    void theMinorityGetsItsShareWhereGreedyGivesItNothing() {
        Election e = majorityAndMinority();

        assertThat(ids(e, count(e, RuleName.GREEDY))).containsExactly("b", "a");
        Outcome mes = count(e, RuleName.EQUAL_SHARES);
        // a and b tie at 1/7 per unit of cost; the cheaper b goes first. c's three supporters
        // hold exactly its cost.
        assertThat(ids(e, mes)).containsExactly("b", "c");
        assertThat(reason(e, mes, "a")).isEqualTo("its supporters held only 300.00 of its cost 600 under Equal Shares");
        assertThat(reason(e, mes, "b")).isEqualTo("funded in round 1 of Equal Shares: each supporter paid 57.14");
        assertThat(reason(e, mes, "c")).isEqualTo("funded in round 2 of Equal Shares: each supporter paid 100.00");
        ProjectResult b = mes.projects().get(1);
        assertThat(b.round()).isEqualTo(1);
        assertThat(b.price()).isEqualByComparingTo("57.14");
        assertThat(mes.equalShares().perVoterBudget()).isEqualTo(Fraction.of(100));
    }

    @Test
    void add1RaisesThePerVoterBudgetUntilTheNextRunWouldOverspend() {
        Election e = majorityAndMinority();
        Outcome o = count(e, RuleName.EQUAL_SHARES_ADD1);

        // At 143 per voter the seven can also afford a, which would cost 1300 in all.
        assertThat(ids(e, o)).containsExactly("b", "c");
        assertThat(o.equalShares().perVoterBudget()).isEqualTo(Fraction.of(142));
        assertThat(o.equalShares().runs()).isEqualTo(44);
    }

    @Test
    void greedyCompletionSpendsWhatEqualSharesLeft() {
        // Four voters with 24 each: no project's supporters can pay for it.
        Election e = approval(96, "a:50 b:40 c:30", "a", "a", "b", "c");
        Outcome mes = count(e, RuleName.EQUAL_SHARES);
        assertThat(ids(e, mes)).isEmpty();

        Outcome completed = count(e, RuleName.EQUAL_SHARES_GREEDY);
        assertThat(ids(e, completed)).containsExactly("a", "c");
        assertThat(completed.equalShares().completionAdded()).containsExactly("a", "c");
        assertThat(reason(e, completed, "a")).startsWith("funded by greedy completion: 96 left when its turn came, it costs 50");
        assertThat(reason(e, completed, "b")).endsWith("then 16 left for greedy completion, it costs 40");
    }

    @Test
    void pointsAreUtilitiesForCumulativeBallots() {
        Election e = Elections.build("cumulative", 100, "", "a:60", new String[] {"3", "1"}, "a", "a");
        Outcome o = count(e, RuleName.EQUAL_SHARES);

        assertThat(ids(e, o)).containsExactly("a");
        assertThat(o.projects().get(0).price()).isEqualByComparingTo("15");
        assertThat(reason(e, o, "a")).isEqualTo("funded in round 1 of Equal Shares: each supporter paid 15.00 per point");
    }

    @Test
    void aShortSupporterPaysAllTheyHaveAndOthersCoverTheRest() {
        // Five voters with 40 each. x (105, four supporters) leaves its supporters 13.75 each;
        // then y (60) is paid 13.75 by each of its two short supporters and 32.5 by the third.
        Election e = approval(200, "x:105 y:60", "x,y", "x,y", "x", "x", "y");
        Outcome o = count(e, RuleName.EQUAL_SHARES);

        assertThat(ids(e, o)).containsExactly("x", "y");
        ProjectResult y = o.projects().get(1);
        assertThat(y.price()).isEqualByComparingTo("32.5");
        assertThat(y.supportersShort()).isEqualTo(2);
        assertThat(reason(e, o, "y")).isEqualTo("funded in round 2 of Equal Shares: each supporter paid 32.50"
                + " (2 of them held less and paid all they had left)");
    }

    @Test
    void aFreeProjectIsFundedFirstAndOneNobodyWantsIsNot() {
        Election e = approval(100, "a:100 free:0 unwanted:0 nobody:10", "a,free", "a");
        Outcome o = count(e, RuleName.EQUAL_SHARES);

        assertThat(ids(e, o)).containsExactly("free", "a");
        assertThat(reason(e, o, "unwanted")).isEqualTo("nobody voted for it");
        assertThat(reason(e, o, "nobody")).isEqualTo("nobody voted for it");
        assertThat(ids(e, count(e, RuleName.EQUAL_SHARES_GREEDY))).containsExactly("free", "a", "unwanted");
    }

    @Test
    void emptyBallotsKeepTheirShareUnspent() {
        Election e = approval(100, "a:60", "a", "");
        Outcome o = count(e, RuleName.EQUAL_SHARES);

        assertThat(ids(e, o)).isEmpty();
        assertThat(reason(e, o, "a")).isEqualTo("its supporters held only 50.00 of its cost 60 under Equal Shares");
    }

    @Test
    void exactTiesFallToTheTieBreak() {
        // Three projects tie exactly at every step: same cost, same supporters. Listed r, q, p in
        // the file, so the default (lower id) and file order disagree.
        Election e = approval(100, "r:50 q:50 p:50", "p,q,r", "p,q,r");
        assertThat(ids(e, count(e, RuleName.EQUAL_SHARES))).containsExactly("p", "q");
        assertThat(ids(e, Counter.count(e, RuleName.EQUAL_SHARES, TieBreak.parse("file-order")))).containsExactly("r", "q");
        assertThat(ids(e, Counter.count(e, RuleName.EQUAL_SHARES_ADD1, TieBreak.parse("file-order")))).containsExactly("r", "q");

        // Everyone supports both: each costs 1/2 per unit of cost, a tie. The default funds the
        // cheaper first, cost-desc the dearer; both fit, so only the order tells them apart.
        Election both = approval(100, "a:40 b:60", "a,b", "a,b");
        assertThat(ids(both, count(both, RuleName.EQUAL_SHARES))).containsExactly("a", "b");
        assertThat(ids(both, Counter.count(both, RuleName.EQUAL_SHARES, TieBreak.parse("cost-desc")))).containsExactly("b", "a");
    }

    @Test
    void theComparisonStepKeepsEqualSharesUnlessMoreVotersPreferGreedy() {
        Election e = majorityAndMinority();
        Outcome o = count(e, RuleName.EQUAL_SHARES_ADD1_COMPARISON);

        // Greedy gives the seven two projects instead of one and the three none: 7 prefer greedy.
        assertThat(ids(e, o)).containsExactly("b", "a");
        assertThat(o.equalShares().comparison()).isEqualTo(new EqualSharesSummary.Comparison(3, 7));
        assertThat(o.equalShares().comparison().greedyStands()).isTrue();

        // Without add1 (rule equalshares-comparison) the same tally decides.
        Outcome plain = count(e, RuleName.EQUAL_SHARES_COMPARISON);
        assertThat(plain.rule()).isEqualTo("equalshares-comparison");
        assertThat(ids(e, plain)).containsExactly("b", "a");
        assertThat(plain.equalShares().runs()).isEqualTo(1);
        Election minority = approval(1000, "a:600 b:400 c:300", "a,b", "a,b", "a,b", "a,b", "c", "c", "c", "c", "c", "c");
        Outcome kept = count(minority, RuleName.EQUAL_SHARES_COMPARISON);
        assertThat(kept.equalShares().comparison().greedyStands()).isFalse();
        assertThat(ids(minority, kept)).isEqualTo(ids(minority, count(minority, RuleName.EQUAL_SHARES)));
    }

    @Test
    void phragmenBalancesLoads() {
        Election e = approval(2, "a:1 b:1 c:1", "a,b", "a,b", "c");
        Outcome o = Counter.count(e, RuleName.PHRAGMEN, TieBreak.DEFAULT);

        assertThat(ids(e, o)).containsExactly("a", "b");
        assertThat(reason(e, o, "b")).isEqualTo("funded in round 2 of sequential Phragmén: its supporters' load rose to 1.00");
        assertThat(reason(e, o, "c")).isEqualTo("0 left after round 2, it costs 1");
        Election three = approval(3, "a:1 b:1 c:1", "a,b", "a,b", "c");
        assertThat(ids(three, Counter.count(three, RuleName.PHRAGMEN, TieBreak.DEFAULT))).containsExactly("a", "b", "c");
    }
}

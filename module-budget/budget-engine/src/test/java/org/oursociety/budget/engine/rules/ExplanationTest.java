package org.oursociety.budget.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oursociety.budget.engine.Elections.approval;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.oursociety.budget.engine.Elections;
import org.oursociety.budget.engine.election.Election;

/** The structured explanations a page puts into words: kinds and exact numbers. */
class ExplanationTest {
    private static Explanation why(Election e, Outcome o, String id) {
        return o.projects().get(e.project(id).orElseThrow().index()).explanation();
    }

    /** Ten voters with 100 each: seven want a (600) and b (400), three want c (300). */
    private static Election majorityAndMinority() {
        String[] ballots = new String[10];
        for (int i = 0; i < 10; i++) {
            ballots[i] = i < 7 ? "a,b" : "c";
        }
        return approval(1000, "a:600 b:400 c:300", ballots);
    }

    @Test
    void aFundedProjectSaysItsRoundAndWhatEachSupporterAndAllOfThemPaid() {
        Election e = majorityAndMinority();
        Outcome o = Counter.count(e, Rule.equalShares(), TieBreak.DEFAULT);

        assertThat(why(e, o, "b")).isEqualTo(new Explanation.EqualSharesFunded(1, 7, 0, Fraction.of(400, 7), false,
                Fraction.ZERO, Fraction.of(400), Fraction.of(7)));
        Explanation.EqualSharesFunded c = (Explanation.EqualSharesFunded) why(e, o, "c");
        assertThat(c.round()).isEqualTo(2);
        assertThat(c.pricePerVote()).isEqualTo(Fraction.of(100));
        assertThat(c.paidInTotal()).isEqualTo(Fraction.of(300));
        assertThat(c.averagePaid()).isEqualTo(Fraction.of(100));
        assertThat(c.kind()).isEqualTo("equalshares.funded");
    }

    @Test
    void anUnfundedProjectSaysWhichFundedProjectTookItsSupportersMoneyAndWhen() {
        Election e = majorityAndMinority();
        Outcome o = Counter.count(e, Rule.equalShares(), TieBreak.DEFAULT);

        Explanation.EqualSharesNotFunded a = (Explanation.EqualSharesNotFunded) why(e, o, "a");
        assertThat(a.supporters()).isEqualTo(7);
        assertThat(a.heldAtStart()).isEqualTo(Fraction.of(700));
        assertThat(a.ranOut()).isEqualTo(new Explanation.RanOut(1, "b", Fraction.of(700), Fraction.of(300)));
        assertThat(a.heldAtEnd()).isEqualTo(Fraction.of(300));
        assertThat(a.spentOn()).containsExactly(new Explanation.Payment("b", 1, Fraction.of(400)));
        assertThat(a.shortfall()).isEqualTo(Fraction.of(300));
        assertThat(a.nearMiss()).isFalse();
    }

    @Test
    void supportersShortFromTheStartHaveNoRoundAndANarrowShortfallIsANearMiss() {
        // Four voters with 24 each: a's two supporters hold 48 of 50, b's one 24 of 40.
        Election e = approval(96, "a:50 b:40 c:30", "a", "a", "b", "c");
        Outcome o = Counter.count(e, Rule.equalShares(), TieBreak.DEFAULT);

        Explanation.EqualSharesNotFunded a = (Explanation.EqualSharesNotFunded) why(e, o, "a");
        assertThat(a.ranOut()).isNull();
        assertThat(a.spentOn()).isEmpty();
        assertThat(a.shortfall()).isEqualTo(Fraction.of(2));
        assertThat(a.nearMiss()).isTrue();
        assertThat(((Explanation.EqualSharesNotFunded) why(e, o, "b")).nearMiss()).isFalse();

        Outcome completed = Counter.count(e, Rule.equalSharesGreedy(), TieBreak.DEFAULT);
        Explanation.CompletionFunded ac = (Explanation.CompletionFunded) why(e, completed, "a");
        assertThat(ac.left()).isEqualTo(Fraction.of(96));
        assertThat(ac.equalShares()).isEqualTo(a);
        assertThat(why(e, completed, "b")).isInstanceOf(Explanation.CompletionDidNotFit.class);
    }

    @Test
    void shortSupportersPayAllTheyHaveAndTheirTotalIsShown() {
        // Five voters with 40 each; after x, the two who also want y hold 13.75 each.
        Election e = approval(200, "x:105 y:60", "x,y", "x,y", "x", "x", "y");
        Explanation.EqualSharesFunded y = (Explanation.EqualSharesFunded) why(e,
                Counter.count(e, Rule.equalShares(), TieBreak.DEFAULT), "y");

        assertThat(y.supportersShort()).isEqualTo(2);
        assertThat(y.paidByShort()).isEqualTo(Fraction.of(55, 2));
        assertThat(y.pricePerVote()).isEqualTo(Fraction.of(65, 2));
        assertThat(y.effectiveVotes()).isEqualTo(Fraction.of(24, 13));
    }

    @Test
    void pointsBallotsPricePerPoint() {
        Election e = Elections.build("cumulative", 100, "", "a:60", new String[] {"3", "1"}, "a", "a");
        Explanation.EqualSharesFunded a = (Explanation.EqualSharesFunded) why(e,
                Counter.count(e, Rule.equalShares(), TieBreak.DEFAULT), "a");

        assertThat(a.perPoint()).isTrue();
        assertThat(a.pricePerVote()).isEqualTo(Fraction.of(15));
        assertThat(a.effectiveVotes()).isEqualTo(Fraction.of(4));
    }

    @Test
    void add1SaysHowFarItRaisedEachVotersShareAndWhatTheNextStepWouldHaveCost() {
        Election e = majorityAndMinority();
        Outcome o = Counter.count(e, Rule.equalSharesAdd1(), TieBreak.DEFAULT);
        EqualSharesSummary s = o.equalShares();
        // At 143 each the seven could also pay for a: that run funds it and spends 1300.
        assertThat(((Explanation.EqualSharesNotFunded) why(e, o, "a")).fundedAtNextShare()).isTrue();
        assertThat(((Explanation.EqualSharesNotFunded) why(e, Counter.count(e, Rule.equalShares(), TieBreak.DEFAULT), "a"))
                .fundedAtNextShare()).isFalse();

        assertThat(s.startingShare()).isEqualTo(Fraction.of(100));
        assertThat(s.perVoterBudget()).isEqualTo(Fraction.of(142));
        assertThat(s.raised()).isTrue();
        assertThat(s.virtualBudget()).isEqualTo(Fraction.of(1420));
        assertThat(s.nextPerVoterBudget()).isEqualTo(Fraction.of(143));
        assertThat(s.nextRunCost()).isEqualTo(Fraction.of(1300));
    }

    @Test
    void moneyWithPenceStaysExact() {
        Election e = Elections.parse("META\nkey;value\nbudget;100.50\nvote_type;approval\nrule;equalshares\n"
                + "PROJECTS\nproject_id;cost\na;60.30\nb;80\nVOTES\nvoter_id;vote\n1;a\n2;a,b\n3;b\n");
        Outcome o = Counter.count(e, Rule.equalShares(), TieBreak.DEFAULT);

        assertThat(o.equalShares().startingShare()).isEqualTo(Fraction.of(67, 2));
        assertThat(why(e, o, "a")).isEqualTo(new Explanation.EqualSharesFunded(1, 2, 0, Fraction.of(603, 20), false,
                Fraction.ZERO, Fraction.of(603, 10), Fraction.of(2)));
        Explanation.EqualSharesNotFunded b = (Explanation.EqualSharesNotFunded) why(e, o, "b");
        assertThat(b.heldAtStart()).isEqualTo(Fraction.of(67));
        assertThat(b.spentOn()).containsExactly(new Explanation.Payment("a", 1, Fraction.of(603, 20)));
    }

    @Test
    void greedyGivesItsOrderAndTheMoneyLeftAtEachTurn() {
        Election e = approval(100, "a:70 b:40 c:10", "a,b,c", "a,b", "a");
        Outcome o = Counter.count(e, Rule.greedyNoSkip(), TieBreak.DEFAULT);

        assertThat(why(e, o, "a")).isEqualTo(new Explanation.GreedyFunded(1, Fraction.of(100), Fraction.of(70)));
        assertThat(why(e, o, "b")).isEqualTo(new Explanation.GreedyDidNotFit(2, Fraction.of(30), Fraction.of(40)));
        assertThat(why(e, o, "c")).isEqualTo(new Explanation.GreedyNotReached(3, "b"));
    }

    @Test
    void everyKindHasAStableDistinctName() {
        List<Explanation> all = List.of(new Explanation.NoSupporters(),
                new Explanation.CostsMoreThanBudget(Fraction.ZERO, Fraction.ZERO),
                new Explanation.GreedyFunded(1, Fraction.ZERO, Fraction.ZERO),
                new Explanation.GreedyDidNotFit(1, Fraction.ZERO, Fraction.ZERO),
                new Explanation.GreedyNotReached(1, "x"), new Explanation.GreedyBelowThreshold(1, 2),
                new Explanation.EqualSharesFunded(1, 1, 0, Fraction.ZERO, false, Fraction.ZERO, Fraction.ZERO, Fraction.ZERO),
                new Explanation.EqualSharesNotFunded(1, Fraction.ZERO, Fraction.ZERO, null, Fraction.ZERO, List.of(), false, false),
                new Explanation.CompletionFunded(Fraction.ZERO, Fraction.ZERO, new Explanation.NoSupporters()),
                new Explanation.CompletionDidNotFit(Fraction.ZERO, Fraction.ZERO, new Explanation.NoSupporters()),
                new Explanation.PhragmenFunded(1, Fraction.ZERO), new Explanation.PhragmenDidNotFit(1, Fraction.ZERO, Fraction.ZERO));
        assertThat(all.stream().map(Explanation::kind)).doesNotHaveDuplicates().allMatch(k -> k.matches("[a-z.-]+"));
    }
}

package org.oursociety.budget.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.oursociety.budget.engine.election.Election;
import org.oursociety.budget.engine.explain.English;

/**
 * Properties that must hold on every election, checked on a few hundred seeded random ones
 * (bounded so the suite stays fast). Rerun one case by its seed from the failure message.
 */
class PropertiesTest {
    private static final int TRIES = 300;

    private static long cost(Election e, Outcome o) {
        return o.selected().stream().mapToLong(p -> e.project(p).cost()).sum();
    }

    /** The default tie-break and two that order ties differently. */
    private static final List<TieBreak> TIE_BREAKS = List.of(TieBreak.DEFAULT, TieBreak.parse("file-order"),
            TieBreak.parse("cost-desc,votes-asc"));

    private static LongStream seeds() {
        return LongStream.range(1, TRIES + 1);
    }

    @Test
    void noRuleEverSpendsMoreThanTheBudget() {
        seeds().forEach(seed -> {
            for (Election e : List.of(RandomElections.approval(seed), RandomElections.cumulative(seed))) {
                for (RuleName rule : RuleName.values()) {
                    if (rule == RuleName.GREEDY_THRESHOLD) {
                        continue;
                    }
                    Outcome o = Counter.count(e, rule, TieBreak.DEFAULT);
                    assertThat(cost(e, o)).as("seed %d, %s", seed, rule).isLessThanOrEqualTo(e.budget());
                    assertThat(o.selected()).as("seed %d, %s funds each project once", seed, rule).doesNotHaveDuplicates();
                    assertThat(o.projects()).allSatisfy(r -> assertThat(English.reason(e, r.explanation())).isNotBlank());
                }
            }
        });
    }

    @Test
    void greedyLeavesNoUnfundedProjectThatFitsTheLeftover() {
        seeds().forEach(seed -> {
            Election e = RandomElections.approval(seed);
            Outcome o = Counter.count(e, RuleName.GREEDY, TieBreak.DEFAULT);
            long left = e.budget() - cost(e, o);
            for (ProjectResult r : o.projects()) {
                if (!r.selected()) {
                    assertThat(e.project(r.index()).cost()).as("seed %d project %s", seed, e.project(r.index()).id())
                            .isGreaterThan(left);
                }
            }
        });
    }

    @Test
    void equalSharesAgreesWithAPlainExactReferenceThatNeverOvercharges() {
        seeds().forEach(seed -> {
            for (Election e : List.of(RandomElections.approval(seed), RandomElections.cumulative(seed))) {
                for (TieBreak tie : TIE_BREAKS) {
                    List<ReferenceEqualShares.Round> reference = ReferenceEqualShares.run(e, tie);
                    Outcome o = Counter.count(e, RuleName.EQUAL_SHARES, tie);

                    assertThat(o.selected()).as("seed %d %s %s", seed, e.voteType(), tie)
                            .containsExactlyElementsOf(reference.stream().map(ReferenceEqualShares.Round::project).toList());
                    for (ReferenceEqualShares.Round round : reference) {
                        long unit = e.voteType().usesPoints() ? 1 : e.project(round.project()).cost();
                        Explanation.EqualSharesFunded why = (Explanation.EqualSharesFunded)
                                o.projects().get(round.project()).explanation();
                        assertThat(why.pricePerVote()).as("seed %d %s price of %s", seed, tie, e.project(round.project()).id())
                                .isEqualTo(round.pricePerUtility().multiply(unit));
                        assertThat(o.projects().get(round.project()).price())
                                .isEqualByComparingTo(round.pricePerUtility().multiply(unit).toDecimal(2));
                    }
                }
            }
        });
    }

    @Test
    void explanationsAddUpExactly() {
        seeds().forEach(seed -> {
            for (Election e : List.of(RandomElections.approval(seed), RandomElections.cumulative(seed))) {
                for (TieBreak tie : TIE_BREAKS) {
                    Outcome o = Counter.count(e, RuleName.EQUAL_SHARES_ADD1, tie);
                    for (ProjectResult r : o.projects()) {
                        String as = "seed " + seed + " " + e.voteType() + " " + tie + " project " + e.project(r.index()).id();
                        if (r.explanation() instanceof Explanation.EqualSharesFunded f && !f.perPoint()) {
                            // Full payers pay the price each; the short pay the rest; together the cost.
                            assertThat(f.pricePerVote().multiply(f.supporters() - f.supportersShort()).add(f.paidByShort()))
                                    .as(as).isEqualTo(f.cost());
                        }
                        if (r.explanation() instanceof Explanation.EqualSharesNotFunded n) {
                            Fraction spent = Fraction.ZERO;
                            for (Explanation.Payment pay : n.spentOn()) {
                                spent = spent.add(pay.amount());
                            }
                            assertThat(n.heldAtStart().subtract(spent)).as(as).isEqualTo(n.heldAtEnd());
                            assertThat(n.heldAtEnd()).as(as).isLessThan(n.cost());
                            if (n.ranOut() != null) {
                                assertThat(n.ranOut().heldBefore()).as(as).isGreaterThanOrEqualTo(n.cost());
                                assertThat(n.ranOut().heldAfter()).as(as).isLessThan(n.cost());
                            } else {
                                assertThat(n.heldAtStart()).as(as).isLessThan(n.cost());
                            }
                        }
                    }
                }
            }
        });
    }

    @Test
    void add1EndsWithinBudgetAndSpendsAtLeastWhatPlainEqualSharesSpends() {
        seeds().forEach(seed -> {
            Election e = RandomElections.approval(seed);
            Outcome plain = Counter.count(e, RuleName.EQUAL_SHARES, TieBreak.DEFAULT);
            Outcome add1 = Counter.count(e, RuleName.EQUAL_SHARES_ADD1, TieBreak.DEFAULT);
            assertThat(cost(e, add1)).as("seed %d", seed).isLessThanOrEqualTo(e.budget());
            assertThat(add1.equalShares().virtualBudget())
                    .as("seed %d", seed).isGreaterThanOrEqualTo(Fraction.of(e.budget() - e.voters()));
            if (add1.equalShares().runs() == 1) {
                assertThat(add1.selected()).isEqualTo(plain.selected());
            }
        });
    }

    @Test
    void theFastRunMatchesTheExactRunWheneverItIsSure() {
        int sure = 0;
        for (long seed = 1; seed <= TRIES; seed++) {
            Election e = RandomElections.approval(seed * 7919);
            for (TieBreak tie : TIE_BREAKS) {
                MesProblem pb = new MesProblem(e, tie);
                for (long budget : new long[] {e.budget(), (e.budget() / Math.max(1, e.voters()) + 1) * e.voters()}) {
                    MesResult exact = EqualShares.exact(pb, budget);
                    try {
                        MesResult fast = EqualShares.fast(pb, budget);
                        sure++;
                        assertThat(fast.order()).as("seed %d budget %d %s", seed, budget, tie).isEqualTo(exact.order());
                        assertThat(fast.zeroedIn()).as("seed %d budget %d %s", seed, budget, tie).isEqualTo(exact.zeroedIn());
                    } catch (EqualShares.Uncertain u) {
                        // The engine then uses the exact run: nothing to compare.
                    }
                }
            }
        }
        assertThat(sure).as("the fast run settles most random elections itself").isGreaterThan(TRIES * TIE_BREAKS.size());
    }
}

package org.oursociety.budget.engine.rules;

import java.util.ArrayList;
import java.util.List;

import org.oursociety.budget.engine.election.Ballot;
import org.oursociety.budget.engine.election.Election;

/**
 * Equal Shares written as plainly as the Pabulib README states it, one voter at a time, in
 * exact fractions, with none of the engine's shortcuts: the oracle the engine must agree
 * with. It also checks, as it charges, that nobody pays more than they hold and that the
 * payments cover the cost exactly.
 */
final class ReferenceEqualShares {
    record Round(int project, Fraction pricePerUtility) {
    }

    private ReferenceEqualShares() {
    }

    static List<Round> run(Election e, TieBreak tieBreak) {
        List<int[]> voterProjects = new ArrayList<>();
        List<long[]> voterUtility = new ArrayList<>();
        for (Ballot b : e.ballots()) {
            for (long k = 0; k < b.weight(); k++) {
                voterProjects.add(b.projects());
                long[] u = new long[b.length()];
                for (int i = 0; i < u.length; i++) {
                    u[i] = b.points() == null ? e.project(b.projects()[i]).cost() : b.points()[i];
                }
                voterUtility.add(u);
            }
        }
        int n = voterProjects.size();
        Fraction[] money = new Fraction[n];
        for (int i = 0; i < n; i++) {
            money[i] = Fraction.of(e.budget(), n);
        }
        var tie = tieBreak.comparator(e, Scores.votes(e));
        boolean[] funded = new boolean[e.projectCount()];
        List<Round> rounds = new ArrayList<>();
        while (true) {
            Integer best = null;
            Fraction bestRho = null;
            for (int c = 0; c < e.projectCount(); c++) {
                if (funded[c]) {
                    continue;
                }
                long cost = e.project(c).cost();
                List<Integer> sup = new ArrayList<>();
                List<Long> util = new ArrayList<>();
                Fraction total = Fraction.ZERO;
                for (int i = 0; i < n; i++) {
                    for (int k = 0; k < voterProjects.get(i).length; k++) {
                        // A free project on an approval ballot is worth nothing in cost
                        // utility, yet its voters still support it.
                        if (voterProjects.get(i)[k] == c && (voterUtility.get(i)[k] > 0 || cost == 0)) {
                            sup.add(i);
                            util.add(voterUtility.get(i)[k]);
                            total = total.add(money[i]);
                        }
                    }
                }
                if (sup.isEmpty() || total.compareTo(Fraction.of(cost)) < 0) {
                    continue;
                }
                Fraction rho = smallestPrice(cost, sup, util, money);
                int cmp = bestRho == null ? -1 : rho.compareTo(bestRho);
                if (cmp < 0 || (cmp == 0 && tie.compare(c, best) < 0)) {
                    best = c;
                    bestRho = rho;
                }
            }
            if (best == null) {
                return rounds;
            }
            funded[best] = true;
            rounds.add(new Round(best, bestRho));
            Fraction paid = Fraction.ZERO;
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < voterProjects.get(i).length; k++) {
                    if (voterProjects.get(i)[k] == best && voterUtility.get(i)[k] > 0) {
                        Fraction want = bestRho.multiply(voterUtility.get(i)[k]);
                        Fraction pay = money[i].compareTo(want) < 0 ? money[i] : want;
                        money[i] = money[i].subtract(pay);
                        if (money[i].signum() < 0) {
                            throw new AssertionError("voter " + i + " charged more than they hold");
                        }
                        paid = paid.add(pay);
                    }
                }
            }
            if (!paid.equals(Fraction.of(e.project(best).cost()))) {
                throw new AssertionError("payments " + paid + " do not cover cost " + e.project(best).cost());
            }
        }
    }

    /** The smallest rho with sum of min(money, rho * utility) equal to the cost, by bisection on breakpoints. */
    private static Fraction smallestPrice(long cost, List<Integer> sup, List<Long> util, Fraction[] money) {
        if (cost == 0) {
            return Fraction.ZERO;
        }
        // The answer lies on the linear piece between two consecutive breakpoints money/utility.
        List<Fraction> breaks = new ArrayList<>();
        for (int j = 0; j < sup.size(); j++) {
            breaks.add(money[sup.get(j)].divide(util.get(j)));
        }
        breaks.sort(null);
        for (Fraction candidateUpper : breaks) {
            if (paidAt(candidateUpper, sup, util, money).compareTo(Fraction.of(cost)) >= 0) {
                // Solve on the piece below candidateUpper: those with breakpoint < upper pay all.
                Fraction fixed = Fraction.ZERO;
                long rich = 0;
                for (int j = 0; j < sup.size(); j++) {
                    if (breaks.indexOf(money[sup.get(j)].divide(util.get(j))) >= 0
                            && money[sup.get(j)].divide(util.get(j)).compareTo(candidateUpper) < 0) {
                        fixed = fixed.add(money[sup.get(j)]);
                    } else {
                        rich += util.get(j);
                    }
                }
                return Fraction.of(cost).subtract(fixed).divide(rich);
            }
        }
        throw new AssertionError("unaffordable project priced");
    }

    private static Fraction paidAt(Fraction rho, List<Integer> sup, List<Long> util, Fraction[] money) {
        Fraction total = Fraction.ZERO;
        for (int j = 0; j < sup.size(); j++) {
            Fraction want = rho.multiply(util.get(j));
            total = total.add(money[sup.get(j)].compareTo(want) < 0 ? money[sup.get(j)] : want);
        }
        return total;
    }
}

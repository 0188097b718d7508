package org.oursociety.budget.engine.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Equal Shares run measured exactly, to explain it: the exact price of each funded
 * project, what its short supporters paid, and for every project how much its supporters
 * held round by round, when it dropped out of reach and where their money went.
 *
 * <p>The run has already decided everything, including which supporters paid all they had
 * in which round ({@link MesResult#zeroedIn()}). A voter who never ran out holds the start
 * share less price times utility of each funded project on their ballot, so every amount is
 * an integer combination of the start share and the prices. The replay first computes the
 * prices as exact fractions (a few dozen terms per round), then expresses the start share
 * and all prices over one common denominator and adds up integers: no fraction arithmetic
 * per voter, so explaining costs little next to counting.
 */
final class EqualSharesTrace {
    /** Per funded project, the exact price per unit of utility, in money units. */
    final Fraction[] rho;
    final long[] shortWeight;
    final Fraction[] paidByShort;
    final Fraction[] heldAtStart;
    final Fraction[] heldAtEnd;
    /** Round after which the supporters of a project no longer held its cost; 0 when never. */
    final int[] ranOutRound;
    final int[] ranOutAfter;
    final Fraction[] heldBefore;
    final Fraction[] heldAfter;
    /** Per project never funded, what its supporters paid towards each funded project, in funding order. */
    final List<Map<Integer, Fraction>> paidTowards;

    private EqualSharesTrace(int projects) {
        rho = new Fraction[projects];
        shortWeight = new long[projects];
        paidByShort = new Fraction[projects];
        heldAtStart = new Fraction[projects];
        heldAtEnd = new Fraction[projects];
        ranOutRound = new int[projects];
        ranOutAfter = new int[projects];
        heldBefore = new Fraction[projects];
        heldAfter = new Fraction[projects];
        paidTowards = new ArrayList<>(projects);
        for (int p = 0; p < projects; p++) {
            paidTowards.add(new LinkedHashMap<>());
        }
        Arrays.fill(ranOutAfter, -1);
    }

    static EqualSharesTrace replay(MesProblem pb, MesResult res) {
        int projects = pb.projects;
        EqualSharesTrace t = new EqualSharesTrace(projects);
        System.arraycopy(res.short_(), 0, t.shortWeight, 0, projects);
        Fraction b0 = pb.voters == 0 ? Fraction.ZERO : Fraction.of(res.virtualBudget(), pb.voters);
        int[] round = res.round();
        prices(pb, res, b0, t.rho);

        // Everything over one common denominator.
        BigInteger d = b0.denominator();
        for (int q : res.order()) {
            d = lcm(d, t.rho[q].denominator());
        }
        Fraction denominator = Fraction.of(d, BigInteger.ONE);
        BigInteger start = b0.multiply(denominator).numerator();
        BigInteger[] n = new BigInteger[projects];
        for (int q : res.order()) {
            n[q] = t.rho[q].multiply(denominator).numerator();
        }
        BigInteger[] held = new BigInteger[projects];
        for (int p = 0; p < projects; p++) {
            held[p] = start.multiply(BigInteger.valueOf(pb.supportWeight[p]));
            t.heldAtStart[p] = Fraction.of(held[p], d);
        }
        long[] richWeight = new long[projects];
        BigInteger[] poorPaid = new BigInteger[projects];
        boolean[] touched = new boolean[projects];
        List<Integer> touchedList = new ArrayList<>();
        for (int q : res.order()) {
            int r = round[q];
            if (pb.cost[q] == 0) {
                t.paidByShort[q] = Fraction.ZERO;
                continue;
            }
            BigInteger byShort = BigInteger.ZERO;
            int[] sup = pb.supporters[q];
            long[] util = pb.utility[q];
            for (int i = 0; i < sup.length; i++) {
                int g = sup[i];
                int z = res.zeroedIn()[g];
                if (z != 0 && z < r) {
                    continue;
                }
                int[] ps = pb.ballotProjects[g];
                long[] us = pb.ballotUtility[g];
                if (z == r) {
                    BigInteger money = money(pb, g, round, r, start, n);
                    BigInteger paid = money.multiply(BigInteger.valueOf(pb.weight[g]));
                    if (money.compareTo(n[q].multiply(BigInteger.valueOf(util[i]))) < 0) {
                        byShort = byShort.add(paid);
                    }
                    for (int k = 0; k < ps.length; k++) {
                        if (pb.costUtility || us[k] > 0) {
                            int p = ps[k];
                            poorPaid[p] = poorPaid[p] == null ? paid : poorPaid[p].add(paid);
                            if (!touched[p]) {
                                touched[p] = true;
                                touchedList.add(p);
                            }
                        }
                    }
                } else {
                    long w = pb.costUtility ? pb.weight[g] : pb.weight[g] * util[i];
                    for (int k = 0; k < ps.length; k++) {
                        if (pb.costUtility || us[k] > 0) {
                            int p = ps[k];
                            richWeight[p] += w;
                            if (!touched[p]) {
                                touched[p] = true;
                                touchedList.add(p);
                            }
                        }
                    }
                }
            }
            t.paidByShort[q] = Fraction.of(byShort, d);
            BigInteger fullPrice = n[q].multiply(BigInteger.valueOf(pb.costUtility ? pb.cost[q] : 1));
            for (int p : touchedList) {
                BigInteger delta = fullPrice.multiply(BigInteger.valueOf(richWeight[p]));
                if (poorPaid[p] != null) {
                    delta = delta.add(poorPaid[p]);
                }
                BigInteger before = held[p];
                held[p] = before.subtract(delta);
                if (round[p] == 0) {
                    t.paidTowards.get(p).put(q, Fraction.of(delta, d));
                    BigInteger cost = BigInteger.valueOf(pb.cost[p]).multiply(d);
                    if (t.ranOutRound[p] == 0 && before.compareTo(cost) >= 0 && held[p].compareTo(cost) < 0) {
                        t.ranOutRound[p] = r;
                        t.ranOutAfter[p] = q;
                        t.heldBefore[p] = Fraction.of(before, d);
                        t.heldAfter[p] = Fraction.of(held[p], d);
                    }
                }
                richWeight[p] = 0;
                poorPaid[p] = null;
                touched[p] = false;
            }
            touchedList.clear();
        }
        for (int p = 0; p < projects; p++) {
            t.heldAtEnd[p] = Fraction.of(held[p], d);
        }
        return t;
    }

    /**
     * The exact price of each funded project, in funding order: the supporters who ran out in
     * its round pay what they held, the rest pay price times utility, and together they pay
     * its cost.
     */
    private static void prices(MesProblem pb, MesResult res, Fraction b0, Fraction[] rho) {
        int[] round = res.round();
        // The start share and the prices so far as numerators over one running denominator,
        // so that what the short supporters held adds up in integers.
        BigInteger d = b0.denominator();
        BigInteger start = b0.numerator();
        BigInteger[] n = new BigInteger[pb.projects];
        List<Integer> priced = new ArrayList<>();
        long[] coefficient = new long[pb.projects];
        for (int q : res.order()) {
            int r = round[q];
            if (pb.cost[q] == 0) {
                rho[q] = Fraction.ZERO;
                continue;
            }
            long poorWeight = 0;
            long richUtility = 0;
            List<Integer> poor = new ArrayList<>();
            int[] sup = pb.supporters[q];
            long[] util = pb.utility[q];
            for (int i = 0; i < sup.length; i++) {
                int g = sup[i];
                int z = res.zeroedIn()[g];
                if (z != 0 && z < r) {
                    continue;
                }
                if (z == r) {
                    poorWeight += pb.weight[g];
                    poor.add(i);
                    int[] ps = pb.ballotProjects[g];
                    for (int k = 0; k < ps.length; k++) {
                        if (round[ps[k]] > 0 && round[ps[k]] < r) {
                            coefficient[ps[k]] = Math.addExact(coefficient[ps[k]],
                                    Math.multiplyExact(pb.weight[g], pb.ballotUtility[g][k]));
                        }
                    }
                } else {
                    richUtility = Math.addExact(richUtility, Math.multiplyExact(pb.weight[g], util[i]));
                }
            }
            if (richUtility == 0) {
                // Every supporter paid exactly all they held: the price is the highest ratio.
                Fraction best = Fraction.ZERO;
                for (int i : poor) {
                    best = best.max(moneyOf(pb, sup[i], round, r, b0, rho).divide(util[i]));
                }
                rho[q] = best;
            } else {
                BigInteger poorMoney = start.multiply(BigInteger.valueOf(poorWeight));
                for (int k : priced) {
                    if (coefficient[k] != 0) {
                        poorMoney = poorMoney.subtract(n[k].multiply(BigInteger.valueOf(coefficient[k])));
                    }
                }
                rho[q] = Fraction.of(BigInteger.valueOf(pb.cost[q]).multiply(d).subtract(poorMoney),
                        d.multiply(BigInteger.valueOf(richUtility)));
            }
            Arrays.fill(coefficient, 0);
            BigInteger next = lcm(d, rho[q].denominator());
            if (!next.equals(d)) {
                BigInteger scale = next.divide(d);
                start = start.multiply(scale);
                for (int k : priced) {
                    n[k] = n[k].multiply(scale);
                }
                d = next;
            }
            n[q] = rho[q].numerator().multiply(d.divide(rho[q].denominator()));
            priced.add(q);
        }
    }

    private static Fraction moneyOf(MesProblem pb, int g, int[] round, int r, Fraction b0, Fraction[] rho) {
        Fraction m = b0;
        int[] ps = pb.ballotProjects[g];
        for (int k = 0; k < ps.length; k++) {
            if (round[ps[k]] > 0 && round[ps[k]] < r) {
                m = m.subtract(rho[ps[k]].multiply(pb.ballotUtility[g][k]));
            }
        }
        return m;
    }

    /** A group's money before round r, over the common denominator (it never ran out before r). */
    private static BigInteger money(MesProblem pb, int g, int[] round, int r, BigInteger start, BigInteger[] n) {
        BigInteger m = start;
        int[] ps = pb.ballotProjects[g];
        for (int k = 0; k < ps.length; k++) {
            if (round[ps[k]] > 0 && round[ps[k]] < r) {
                m = m.subtract(n[ps[k]].multiply(BigInteger.valueOf(pb.ballotUtility[g][k])));
            }
        }
        return m;
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.divide(a.gcd(b)).multiply(b);
    }
}

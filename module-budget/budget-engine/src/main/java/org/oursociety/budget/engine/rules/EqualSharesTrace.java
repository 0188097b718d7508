package org.oursociety.budget.engine.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Equal Shares run replayed in exact fractions, in the funding order the run settled,
 * to explain it: what each funded project cost its supporters, and for every project how
 * much its supporters held round by round, when it dropped out of reach and where their
 * money went. The run decides; the replay only measures, so it costs one pass over each
 * funded project's supporters, not a search.
 *
 * <p>Voters with the same money and the same utility pay the same; they are grouped as the
 * exact run groups them, so the replay's work grows with the distinct amounts, not the voters.
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

    private record MoneyClass(Fraction money, long utility) {
    }

    static EqualSharesTrace replay(MesProblem pb, MesResult res) {
        int projects = pb.projects;
        EqualSharesTrace t = new EqualSharesTrace(projects);
        Fraction b0 = pb.voters == 0 ? Fraction.ZERO : Fraction.of(res.virtualBudget(), pb.voters);
        Fraction[] b = new Fraction[pb.groups];
        Arrays.fill(b, b0);
        Fraction[] held = new Fraction[projects];
        for (int p = 0; p < projects; p++) {
            held[p] = b0.multiply(pb.supportWeight[p]);
            t.heldAtStart[p] = held[p];
        }
        long[] weightOnProject = new long[projects];
        Fraction[] delta = new Fraction[projects];
        for (int q : res.order()) {
            int round = res.round()[q];
            t.paidByShort[q] = Fraction.ZERO;
            if (pb.cost[q] == 0) {
                t.rho[q] = Fraction.ZERO;
                continue;
            }
            Fraction rho = price(pb, q, b);
            if (rho == null) {
                throw new IllegalStateException("project " + q + " funded in round " + round + " is not affordable in the replay");
            }
            t.rho[q] = rho;
            int[] sup = pb.supporters[q];
            long[] util = pb.utility[q];
            Map<Long, Fraction> fullByUtility = new HashMap<>();
            Map<MoneyClass, Fraction> after = new HashMap<>();
            Map<Fraction, List<Integer>> byPay = new HashMap<>();
            Map<Fraction, Long> shortMoney = new HashMap<>();
            for (int i = 0; i < sup.length; i++) {
                int g = sup[i];
                long u = util[i];
                Fraction full = fullByUtility.computeIfAbsent(u, rho::multiply);
                int cmp = b[g].compareTo(full);
                Fraction pay = cmp < 0 ? b[g] : full;
                if (cmp < 0) {
                    t.shortWeight[q] += pb.weight[g];
                    shortMoney.merge(b[g], pb.weight[g], Long::sum);
                }
                byPay.computeIfAbsent(pay, k -> new ArrayList<>()).add(g);
                Fraction old = b[g];
                b[g] = cmp <= 0 ? Fraction.ZERO : after.computeIfAbsent(new MoneyClass(old, u), k -> k.money().subtract(full));
            }
            for (Map.Entry<Fraction, Long> e : shortMoney.entrySet()) {
                t.paidByShort[q] = t.paidByShort[q].add(e.getKey().multiply(e.getValue()));
            }
            List<Integer> touched = new ArrayList<>();
            for (Map.Entry<Fraction, List<Integer>> e : byPay.entrySet()) {
                if (e.getKey().signum() == 0) {
                    continue;
                }
                List<Integer> here = new ArrayList<>();
                for (int g : e.getValue()) {
                    int[] ps = pb.ballotProjects[g];
                    for (int k = 0; k < ps.length; k++) {
                        if (pb.costUtility || pb.ballotUtility[g][k] > 0) {
                            if (weightOnProject[ps[k]] == 0) {
                                here.add(ps[k]);
                            }
                            weightOnProject[ps[k]] += pb.weight[g];
                        }
                    }
                }
                for (int p : here) {
                    Fraction d = e.getKey().multiply(weightOnProject[p]);
                    if (delta[p] == null) {
                        delta[p] = d;
                        touched.add(p);
                    } else {
                        delta[p] = delta[p].add(d);
                    }
                    weightOnProject[p] = 0;
                }
            }
            Fraction cost = null;
            for (int p : touched) {
                Fraction before = held[p];
                held[p] = before.subtract(delta[p]);
                if (res.round()[p] == 0) {
                    t.paidTowards.get(p).put(q, delta[p]);
                    cost = Fraction.of(pb.cost[p]);
                    if (t.ranOutRound[p] == 0 && before.compareTo(cost) >= 0 && held[p].compareTo(cost) < 0) {
                        t.ranOutRound[p] = round;
                        t.ranOutAfter[p] = q;
                        t.heldBefore[p] = before;
                        t.heldAfter[p] = held[p];
                    }
                }
                delta[p] = null;
            }
        }
        System.arraycopy(held, 0, t.heldAtEnd, 0, projects);
        return t;
    }

    /**
     * The exact price per unit of utility of project c given the voters' money, or null when
     * its supporters together hold less than its cost. Supporters short of the price pay all
     * they hold; the others pay price times utility.
     */
    static Fraction price(MesProblem pb, int c, Fraction[] b) {
        int[] sup = pb.supporters[c];
        long[] util = pb.utility[c];
        Map<MoneyClass, long[]> classes = new HashMap<>();
        for (int i = 0; i < sup.length; i++) {
            classes.computeIfAbsent(new MoneyClass(b[sup[i]], util[i]), k -> new long[1])[0] += pb.weight[sup[i]];
        }
        Fraction money = Fraction.ZERO;
        List<MoneyClass> order = new ArrayList<>(classes.keySet());
        Map<MoneyClass, Fraction> ratio = new HashMap<>();
        for (MoneyClass k : order) {
            money = money.add(k.money().multiply(classes.get(k)[0]));
            ratio.put(k, k.money().divide(k.utility()));
        }
        Fraction cost = Fraction.of(pb.cost[c]);
        if (money.compareTo(cost) < 0) {
            return null;
        }
        order.sort(Comparator.comparing(ratio::get));
        Fraction remaining = cost;
        long richUtility = pb.totalUtility[c];
        for (MoneyClass k : order) {
            Fraction rho = remaining.divide(richUtility);
            if (ratio.get(k).compareTo(rho) >= 0) {
                return rho;
            }
            long w = classes.get(k)[0];
            remaining = remaining.subtract(k.money().multiply(w));
            richUtility -= w * k.utility();
        }
        // Everyone pays all they have: the money exactly covers the cost.
        return ratio.get(order.get(order.size() - 1));
    }
}

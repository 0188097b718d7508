package org.oursociety.budget.engine.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The Method of Equal Shares with a fixed virtual budget.
 *
 * <p>Every voter starts with virtualBudget/n. A project is affordable while its supporters
 * together hold at least its cost; its price rho (per unit of utility) is the smallest amount
 * such that supporters paying min(their money, rho * utility) cover the cost. Each round
 * funds the affordable project with the lowest rho, ties broken by the {@link TieBreak}.
 * A project that costs nothing and has a supporter is funded first, at price zero.
 *
 * <p>Exactness: a run first goes in double arithmetic while tracking a bound on every
 * rounding error. A decision is only taken in doubles when it holds across that bound. The
 * price of each funded project is then recomputed in 50-digit decimals, again with a proven
 * error bound: a supporter's money is the start budget less the prices it paid, so the price
 * is a combination of earlier prices with integer weights, a few dozen operations per round.
 * Charging with those prices keeps the doubles' error additive instead of compounding round
 * after round. Exact
 * ties between projects whose supporters all pay the full price (common: in the first round
 * every project with the same number of supporters ties) are settled exactly on integers.
 * Any other decision that the bound cannot settle sends the whole run to exact rational
 * arithmetic, so rounding can never change a winner; it only costs time in the rare cases
 * where it would have mattered.
 */
final class EqualShares {
    private static final double EPS = 0x1p-52;

    private EqualShares() {
    }

    /** A decision that double arithmetic cannot take safely. */
    static final class Uncertain extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Uncertain(String why) {
            super(why, null, false, false);
        }
    }

    private static final Uncertain BORDERLINE = new Uncertain("a supporter holds exactly the price");
    private static final Uncertain AFFORDABILITY = new Uncertain("affordability within rounding");
    private static final Uncertain NEAR_TIE = new Uncertain("near tie with a supporter close to the price");
    private static final Uncertain SPREAD = new Uncertain("price iteration did not settle");

    static MesResult run(MesProblem pb, long virtualBudget) {
        try {
            return fast(pb, virtualBudget);
        } catch (Uncertain u) {
            return exact(pb, virtualBudget);
        }
    }

    private record Eval(int project, double rho, double err, double richUtility) {
    }

    static MesResult fast(MesProblem pb, long virtualBudget) {
        int projects = pb.projects;
        int[] round = new int[projects];
        BigDecimal[] price = new BigDecimal[projects];
        long[] shortWeight = new long[projects];
        List<Integer> order = new ArrayList<>();
        double[] b = new double[pb.groups];
        int[] zeroedIn = new int[pb.groups];
        double b0 = pb.voters == 0 ? 0 : (double) virtualBudget / pb.voters;
        Arrays.fill(b, b0);
        Precise start = Precise.start(virtualBudget, pb.voters);
        BigDecimal[] hpRho = new BigDecimal[projects];
        double[] hpErr = new double[projects];
        double errB = 4 * EPS * b0;
        int r = fundFree(pb, order, round, price);
        for (int p : order) {
            hpRho[p] = BigDecimal.ZERO;
        }
        List<Integer> active = new ArrayList<>();
        double[] lower = new double[projects];
        for (int p = 0; p < projects; p++) {
            if (pb.cost[p] > 0 && pb.totalUtility[p] > 0 && pb.voters > 0) {
                active.add(p);
                lower[p] = pb.cost[p] / (double) pb.totalUtility[p] * (1 - 8 * EPS);
            }
        }
        while (!active.isEmpty()) {
            active.sort(Comparator.comparingDouble(p -> lower[p]));
            Eval best = null;
            List<Eval> evals = new ArrayList<>();
            for (Iterator<Integer> it = active.iterator(); it.hasNext(); ) {
                int c = it.next();
                if (best != null && lower[c] > best.rho + best.err) {
                    break;
                }
                Eval ev = evaluate(pb, c, b, errB);
                if (ev == null) {
                    it.remove();
                    continue;
                }
                lower[c] = Math.max(lower[c], ev.rho - ev.err);
                evals.add(ev);
                if (best == null || ev.rho < best.rho) {
                    best = ev;
                }
            }
            if (best == null) {
                break;
            }
            Eval chosen = best;
            List<Eval> near = new ArrayList<>();
            for (Eval ev : evals) {
                if (ev.rho - ev.err <= chosen.rho + chosen.err) {
                    near.add(ev);
                }
            }
            if (near.size() > 1) {
                chosen = settleExactly(pb, near, b, errB);
            }
            int c = chosen.project;
            Precise.Value price_ = priceHighPrecision(pb, c, chosen, b, round, hpRho, hpErr, start, errB);
            round[c] = ++r;
            order.add(c);
            hpRho[c] = price_.value();
            hpErr[c] = price_.err();
            double rho = price_.value().doubleValue();
            price[c] = price_.value().multiply(BigDecimal.valueOf(pb.costUtility ? pb.cost[c] : 1))
                    .setScale(6, java.math.RoundingMode.HALF_EVEN);
            int[] sup = pb.supporters[c];
            long[] util = pb.utility[c];
            long maxU = 0;
            for (int i = 0; i < sup.length; i++) {
                int g = sup[i];
                maxU = Math.max(maxU, util[i]);
                if (b[g] == 0) {
                    shortWeight[c] += pb.weight[g];
                    continue;
                }
                double pay = rho * util[i];
                if (Math.abs(b[g] - pay) <= errB + (hpErr[c] + 8 * EPS * rho) * util[i]) {
                    // Too close to call in doubles: settle this voter on precise money.
                    int cmp = compareMoney(pb, g, round, hpRho, hpErr, start, c, price_, util[i]);
                    if (cmp < 0) {
                        shortWeight[c] += pb.weight[g];
                    }
                    if (cmp <= 0) {
                        zeroedIn[g] = r;
                    }
                    b[g] = cmp <= 0 ? 0 : money(pb, g, round, hpRho, hpErr, start, -1).value().doubleValue();
                } else if (b[g] < pay) {
                    shortWeight[c] += pb.weight[g];
                    b[g] = 0;
                    zeroedIn[g] = r;
                } else {
                    b[g] -= pay;
                }
            }
            errB += 8 * EPS * b0 + maxU * hpErr[c];
            active.remove((Integer) c);
        }
        BigDecimal[] behind = new BigDecimal[projects];
        for (int p = 0; p < projects; p++) {
            if (round[p] == 0) {
                double money = 0;
                for (int g : pb.supporters[p]) {
                    money += pb.weight[g] * b[g];
                }
                behind[p] = new BigDecimal(money, MathContext.DECIMAL64);
            }
        }
        return new MesResult(order, round, price, shortWeight, behind, zeroedIn, virtualBudget, false);
    }

    /** Funds the free projects that someone supports, before anything else, at price zero. */
    private static int fundFree(MesProblem pb, List<Integer> order, int[] round, BigDecimal[] price) {
        List<Integer> free = new ArrayList<>();
        for (int p = 0; p < pb.projects; p++) {
            if (pb.cost[p] == 0 && pb.supportWeight[p] > 0) {
                free.add(p);
            }
        }
        free.sort(pb.tie);
        int r = 0;
        for (int p : free) {
            round[p] = ++r;
            order.add(p);
            price[p] = BigDecimal.ZERO;
        }
        return r;
    }

    /** Null when the project is certainly unaffordable. */
    private static Eval evaluate(MesProblem pb, int c, double[] b, double errB) {
        int[] sup = pb.supporters[c];
        long[] util = pb.utility[c];
        long[] w = pb.weight;
        double money = 0;
        double voters = 0;
        for (int g : sup) {
            money += w[g] * b[g];
            voters += w[g];
        }
        double cost = pb.cost[c];
        double moneyErr = voters * errB + 2 * sup.length * EPS * money + EPS * cost;
        if (money + moneyErr < cost) {
            return null;
        }
        if (money - moneyErr < cost) {
            throw AFFORDABILITY;
        }
        double rho = cost / pb.totalUtility[c];
        double rich = pb.totalUtility[c];
        double poorVoters = 0;
        double poorMoney = 0;
        for (int iter = 0; ; iter++) {
            double paidByPoor = 0;
            double richUtility = 0;
            double poorWeight = 0;
            for (int i = 0; i < sup.length; i++) {
                int g = sup[i];
                if (b[g] < rho * util[i]) {
                    paidByPoor += w[g] * b[g];
                    poorWeight += w[g];
                } else {
                    richUtility += (double) w[g] * util[i];
                }
            }
            if (richUtility == 0) {
                throw AFFORDABILITY;
            }
            rich = richUtility;
            poorVoters = poorWeight;
            poorMoney = paidByPoor;
            double next = (cost - paidByPoor) / richUtility;
            if (next <= rho) {
                break;
            }
            rho = next;
            if (iter == 40) {
                // Budgets spread so widely that the poor set grows one voter at a time: the
                // exact run sorts instead.
                throw SPREAD;
            }
        }
        // Only what the short supporters pay carries their budgets' error into the price;
        // those who pay the full price pay exactly rho * utility. A supporter within the error
        // of the price may sit on either side, which moves rho by no more than this as well.
        double err = (poorVoters * errB + 2 * sup.length * EPS * (cost + poorMoney)) / rich + 8 * EPS * rho;
        return new Eval(c, rho, err, rich);
    }

    /**
     * The price of the project a round funds, in 50 digits with an error bound. Supporters
     * short of the price pay all they hold, which is the start budget less the prices of the
     * funded projects on their ballot; the others pay price times utility. Voters too close to
     * the price to classify in doubles are checked on precise money; if that cannot settle
     * them either, the run goes exact.
     */
    private static Precise.Value priceHighPrecision(MesProblem pb, int c, Eval chosen, double[] b, int[] round,
                                                    BigDecimal[] hpRho, double[] hpErr, Precise start, double errB) {
        int[] sup = pb.supporters[c];
        long[] util = pb.utility[c];
        long poorVoters = 0;
        long richUtility = 0;
        long[] coefficient = new long[pb.projects];
        List<Integer> borderline = new ArrayList<>();
        double rho = chosen.rho;
        for (int i = 0; i < sup.length; i++) {
            int g = sup[i];
            if (b[g] == 0) {
                continue;
            }
            double need = rho * util[i];
            if (Math.abs(b[g] - need) <= errB + (chosen.err + 8 * EPS * rho) * util[i]) {
                borderline.add(i);
            }
            if (b[g] < need) {
                poorVoters += pb.weight[g];
                int[] ps = pb.ballotProjects[g];
                for (int k = 0; k < ps.length; k++) {
                    if (round[ps[k]] > 0) {
                        coefficient[ps[k]] += pb.weight[g] * pb.ballotUtility[g][k];
                    }
                }
            } else {
                richUtility += pb.weight[g] * util[i];
            }
        }
        if (richUtility == 0) {
            throw BORDERLINE;
        }
        BigDecimal poorMoney = start.b0().multiply(BigDecimal.valueOf(poorVoters), Precise.MC);
        double err = poorVoters * start.err();
        int terms = 2;
        for (int k = 0; k < pb.projects; k++) {
            if (coefficient[k] != 0) {
                poorMoney = poorMoney.subtract(hpRho[k].multiply(BigDecimal.valueOf(coefficient[k]), Precise.MC), Precise.MC);
                err += coefficient[k] * hpErr[k];
                terms++;
            }
        }
        double magnitude = poorVoters * start.b0().doubleValue() * 2 + pb.cost[c];
        err += 2 * terms * Precise.ULP * magnitude;
        BigDecimal value = BigDecimal.valueOf(pb.cost[c]).subtract(poorMoney, Precise.MC)
                .divide(BigDecimal.valueOf(richUtility), Precise.MC);
        Precise.Value price = new Precise.Value(value, err / richUtility + 2 * Precise.ULP * value.doubleValue());
        for (int i : borderline) {
            int g = sup[i];
            int cmp = compareMoney(pb, g, round, hpRho, hpErr, start, -1, price, util[i]);
            boolean poorInDoubles = b[g] < rho * util[i];
            if (poorInDoubles ? cmp > 0 : cmp < 0) {
                throw BORDERLINE;
            }
        }
        return price;
    }

    /** Sign of (money of g before project skip is charged) - price * utility; throws when too close. */
    private static int compareMoney(MesProblem pb, int g, int[] round, BigDecimal[] hpRho, double[] hpErr,
                                    Precise start, int skip, Precise.Value price, long utility) {
        Precise.Value money = money(pb, g, round, hpRho, hpErr, start, skip);
        BigDecimal diff = money.value().subtract(price.value().multiply(BigDecimal.valueOf(utility), Precise.MC), Precise.MC);
        double err = money.err() + price.err() * utility + 4 * Precise.ULP * (money.value().doubleValue() + 1);
        if (Math.abs(diff.doubleValue()) <= err) {
            throw BORDERLINE;
        }
        return diff.signum();
    }

    /** A voter group's money before project {@code skip} is charged (-1: after all), precisely. */
    private static Precise.Value money(MesProblem pb, int g, int[] round, BigDecimal[] hpRho, double[] hpErr,
                                       Precise start, int skip) {
        BigDecimal money = start.b0();
        double err = start.err();
        int[] ps = pb.ballotProjects[g];
        for (int k = 0; k < ps.length; k++) {
            if (round[ps[k]] > 0 && ps[k] != skip && hpRho[ps[k]] != null) {
                long u = pb.ballotUtility[g][k];
                money = money.subtract(hpRho[ps[k]].multiply(BigDecimal.valueOf(u), Precise.MC), Precise.MC);
                err += hpErr[ps[k]] * u + 2 * Precise.ULP * start.b0().doubleValue();
            }
        }
        return new Precise.Value(money, err);
    }

    /**
     * Several projects are too close to order in doubles. If every supporter of each of them
     * either pays the full price with room to spare or has certainly nothing left, the price
     * is exactly cost / (utility of those who pay), and the projects are ordered on integers.
     */
    private static Eval settleExactly(MesProblem pb, List<Eval> near, double[] b, double errB) {
        long[] richUtility = new long[near.size()];
        for (int k = 0; k < near.size(); k++) {
            Eval ev = near.get(k);
            int[] sup = pb.supporters[ev.project];
            long[] util = pb.utility[ev.project];
            long rich = 0;
            for (int i = 0; i < sup.length; i++) {
                int g = sup[i];
                if (b[g] == 0) {
                    continue;
                }
                if (b[g] - errB <= (ev.rho + ev.err) * util[i]) {
                    throw NEAR_TIE;
                }
                rich += pb.weight[g] * util[i];
            }
            richUtility[k] = rich;
        }
        int best = 0;
        for (int k = 1; k < near.size(); k++) {
            int a = near.get(best).project;
            int c = near.get(k).project;
            // rho_c < rho_a  <=>  cost_c * rich_a < cost_a * rich_c
            int cmp = BigInteger.valueOf(pb.cost[c]).multiply(BigInteger.valueOf(richUtility[best]))
                    .compareTo(BigInteger.valueOf(pb.cost[a]).multiply(BigInteger.valueOf(richUtility[k])));
            if (cmp < 0 || (cmp == 0 && pb.tie.compare(c, a) < 0)) {
                best = k;
            }
        }
        Eval e = near.get(best);
        double rho = pb.cost[e.project] / (double) richUtility[best];
        return new Eval(e.project, rho, e.err, richUtility[best]);
    }

    /** The same method in exact rational arithmetic: the reference the fast run must agree with. */
    static MesResult exact(MesProblem pb, long virtualBudget) {
        int projects = pb.projects;
        int[] round = new int[projects];
        BigDecimal[] price = new BigDecimal[projects];
        long[] shortWeight = new long[projects];
        List<Integer> order = new ArrayList<>();
        Fraction[] b = new Fraction[pb.groups];
        int[] zeroedIn = new int[pb.groups];
        Arrays.fill(b, pb.voters == 0 ? Fraction.ZERO : Fraction.of(virtualBudget, pb.voters));
        int r = fundFree(pb, order, round, price);
        List<Integer> active = new ArrayList<>();
        Fraction[] lower = new Fraction[projects];
        for (int p = 0; p < projects; p++) {
            if (pb.cost[p] > 0 && pb.totalUtility[p] > 0 && pb.voters > 0) {
                active.add(p);
                lower[p] = Fraction.of(pb.cost[p], pb.totalUtility[p]);
            }
        }
        while (!active.isEmpty()) {
            active.sort(Comparator.comparing(p -> lower[p]));
            List<Integer> best = new ArrayList<>();
            Fraction bestRho = null;
            for (Iterator<Integer> it = active.iterator(); it.hasNext(); ) {
                int c = it.next();
                if (bestRho != null && lower[c].compareTo(bestRho) > 0) {
                    break;
                }
                Fraction rho = exactRho(pb, c, b);
                if (rho == null) {
                    it.remove();
                    continue;
                }
                lower[c] = rho;
                int cmp = bestRho == null ? -1 : rho.compareTo(bestRho);
                if (cmp < 0) {
                    best.clear();
                    bestRho = rho;
                }
                if (cmp <= 0) {
                    best.add(c);
                }
            }
            if (bestRho == null) {
                break;
            }
            best.sort(pb.tie);
            int c = best.get(0);
            round[c] = ++r;
            order.add(c);
            price[c] = bestRho.multiply(pb.costUtility ? pb.cost[c] : 1).toDecimal(6);
            int[] sup = pb.supporters[c];
            long[] util = pb.utility[c];
            Map<Fraction, Fraction> after = new HashMap<>();
            for (int i = 0; i < sup.length; i++) {
                int g = sup[i];
                Fraction pay = bestRho.multiply(util[i]);
                int cmp = b[g].compareTo(pay);
                if (cmp <= 0) {
                    if (cmp < 0) {
                        shortWeight[c] += pb.weight[g];
                    }
                    if (b[g].signum() != 0) {
                        zeroedIn[g] = r;
                    }
                    b[g] = Fraction.ZERO;
                } else {
                    Fraction old = b[g];
                    // Voters with the same money paying the same price end with the same
                    // money: share the result so that sums group them.
                    b[g] = util[i] == util[0] ? after.computeIfAbsent(old, o -> o.subtract(pay)) : old.subtract(pay);
                }
            }
            active.remove((Integer) c);
        }
        BigDecimal[] behind = new BigDecimal[projects];
        for (int p = 0; p < projects; p++) {
            if (round[p] == 0) {
                behind[p] = money(pb, p, b).toDecimal(6);
            }
        }
        return new MesResult(order, round, price, shortWeight, behind, zeroedIn, virtualBudget, true);
    }

    private static Fraction money(MesProblem pb, int c, Fraction[] b) {
        Map<Fraction, Long> weightByMoney = new HashMap<>();
        for (int g : pb.supporters[c]) {
            weightByMoney.merge(b[g], pb.weight[g], Long::sum);
        }
        Fraction money = Fraction.ZERO;
        for (Map.Entry<Fraction, Long> e : weightByMoney.entrySet()) {
            money = money.add(e.getKey().multiply(e.getValue()));
        }
        return money;
    }

    /** Exact price per unit of utility, or null when the supporters cannot afford the project. */
    private static Fraction exactRho(MesProblem pb, int c, Fraction[] b) {
        if (money(pb, c, b).compareTo(Fraction.of(pb.cost[c])) < 0) {
            return null;
        }
        int[] sup = pb.supporters[c];
        long[] util = pb.utility[c];
        Integer[] idx = new Integer[sup.length];
        Fraction[] ratio = new Fraction[sup.length];
        for (int i = 0; i < sup.length; i++) {
            idx[i] = i;
            ratio[i] = b[sup[i]].divide(util[i]);
        }
        Arrays.sort(idx, Comparator.comparing(i -> ratio[i]));
        Fraction remaining = Fraction.of(pb.cost[c]);
        long richUtility = pb.totalUtility[c];
        for (int k = 0; k < idx.length; k++) {
            int i = idx[k];
            int g = sup[i];
            Fraction rho = remaining.divide(richUtility);
            if (ratio[i].compareTo(rho) < 0) {
                remaining = remaining.subtract(b[g].multiply(pb.weight[g]));
                richUtility -= pb.weight[g] * util[i];
            } else {
                return rho;
            }
        }
        // Everyone pays all they have: the money exactly covers the cost.
        return ratio[idx[idx.length - 1]];
    }
}

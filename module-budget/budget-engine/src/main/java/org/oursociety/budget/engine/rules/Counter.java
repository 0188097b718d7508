package org.oursociety.budget.engine.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.oursociety.budget.engine.election.Ballot;
import org.oursociety.budget.engine.election.Election;

/** Counts an election with a named rule: the entry point of the library. */
public final class Counter {
    private static final Set<String> NOT_REPRODUCIBLE = Set.of("greedy-exclusive", "greedy-custom", "unknown");
    /** Add1 never needs more runs than this on real data; the cap only guards odd input. */
    static final int MAX_ADD1_RUNS = 100_000;

    private Counter() {
    }

    /** Counts with the rule the file declares. */
    public static Outcome count(Election e, TieBreak tieBreak) {
        return count(e, resolveDeclared(e), tieBreak);
    }

    /**
     * The rule a file declares, or a {@link RuleException} saying why it cannot be reproduced
     * from the file alone.
     */
    public static RuleName resolveDeclared(Election e) {
        String declared = e.declaredRule();
        if (NOT_REPRODUCIBLE.contains(declared)) {
            throw new RuleException("the file declares rule " + declared
                    + ", which cannot be reproduced from the file alone (its constraints are only described in the"
                    + " comment); pass --rule to count it with another rule");
        }
        return RuleName.parse(declared).orElseThrow(() -> new RuleException("the file declares rule " + declared
                + ", which this engine cannot reproduce; pass --rule with one of: " + RuleName.known()));
    }

    public static Outcome count(Election e, RuleName rule, TieBreak tieBreak) {
        String name = rule.pabulibName();
        return switch (rule) {
            case GREEDY -> Greedy.count(e, name, false, null, tieBreak);
            case GREEDY_THRESHOLD -> Greedy.count(e, name, false, threshold(e, true), tieBreak);
            case GREEDY_NO_SKIP -> Greedy.count(e, name, true, threshold(e, false), tieBreak);
            case EQUAL_SHARES -> equalShares(e, name, false, false, false, tieBreak);
            case EQUAL_SHARES_ADD1 -> equalShares(e, name, true, false, false, tieBreak);
            case EQUAL_SHARES_ADD1_COMPARISON -> equalShares(e, name, true, false, true, tieBreak);
            case EQUAL_SHARES_GREEDY -> equalShares(e, name, false, true, false, tieBreak);
            case EQUAL_SHARES_ADD1_GREEDY -> equalShares(e, name, true, true, false, tieBreak);
            case PHRAGMEN -> Phragmen.count(e, name, tieBreak);
        };
    }

    private static Long threshold(Election e, boolean required) {
        if (e.meta("min_project_score_threshold").isEmpty()) {
            if (required) {
                throw new RuleException("greedy-threshold needs META min_project_score_threshold, which this file lacks");
            }
            return null;
        }
        var t = e.metaLong("min_project_score_threshold");
        if (t.isEmpty()) {
            throw new RuleException("META min_project_score_threshold '" + e.meta("min_project_score_threshold").get()
                    + "' is not a whole number");
        }
        return t.getAsLong();
    }

    /**
     * Equal Shares and its completions. add1: after the run with the real budget B, rerun with
     * floor(B/n)*n + n, + 2n, ... (one more unit per voter each time), keeping the last outcome
     * that costs at most B and stopping at the first that costs more. It does not stop early
     * when an outcome is exhaustive (the equalshares.net "add1e" option does): Wieliczka 2023
     * is exhaustive at 305 per voter with 31 projects, but the published result is the run at
     * 315 per voter. It stops once an outcome funds every project that anyone supports, since
     * raising further cannot add anything.
     */
    static Outcome equalShares(Election e, String name, boolean add1, boolean greedyCompletion, boolean comparison,
                               TieBreak tieBreak) {
        MesProblem pb = new MesProblem(e, tieBreak);
        long budget = e.budget();
        MesResult res = EqualShares.run(pb, budget);
        int runs = 1;
        long n = pb.voters;
        if (add1 && n > 0) {
            // Once each voter alone holds the cost of every project, every supported project is
            // funded; the loop never needs to go further than that.
            long totalCost = 0;
            for (long c : pb.cost) {
                totalCost = Math.addExact(totalCost, c);
            }
            long t = (budget / n) * n + n;
            while (runs < MAX_ADD1_RUNS && !fundsAllSupported(pb, res) && t / n <= totalCost) {
                MesResult next = EqualShares.run(pb, t);
                runs++;
                if (next.cost(pb.cost) > budget) {
                    break;
                }
                res = next;
                t = Math.addExact(t, n);
            }
        }
        return explain(e, pb, name, res, runs, greedyCompletion, comparison, tieBreak);
    }

    private static boolean fundsAllSupported(MesProblem pb, MesResult res) {
        for (int p = 0; p < pb.projects; p++) {
            if (res.round()[p] == 0 && pb.supportWeight[p] > 0) {
                return false;
            }
        }
        return true;
    }

    private static Outcome explain(Election e, MesProblem pb, String name, MesResult res, int runs,
                                   boolean greedyCompletion, boolean comparison, TieBreak tieBreak) {
        long[] votes = Scores.votes(e);
        long[] score = Scores.scores(e);
        int projects = pb.projects;
        List<Integer> selected = new ArrayList<>(res.order());
        boolean[] funded = new boolean[projects];
        for (int p : selected) {
            funded[p] = true;
        }
        String[] reason = new String[projects];
        int scale = e.moneyScale();
        for (int p = 0; p < projects; p++) {
            if (funded[p]) {
                BigDecimal price = res.price()[p];
                String paid = pb.costUtility ? "each supporter paid " + money(price, scale)
                        : "each supporter paid " + money(price, scale) + " per point";
                if (pb.cost[p] == 0) {
                    paid = "it costs nothing";
                }
                String shortNote = res.short_()[p] > 0 ? " (" + res.short_()[p] + " of them held less and paid all they had left)" : "";
                reason[p] = "funded in round " + res.round()[p] + " of Equal Shares: " + paid + shortNote;
            } else if (pb.supportWeight[p] == 0) {
                reason[p] = "nobody voted for it";
            } else {
                reason[p] = "its supporters held only " + money(res.moneyBehind()[p], scale) + " of its cost "
                        + e.money(pb.cost[p]) + " under Equal Shares";
            }
        }
        List<Integer> added = new ArrayList<>();
        if (greedyCompletion) {
            long left = e.budget() - res.cost(pb.cost);
            for (int p : Greedy.order(e, score, votes, tieBreak)) {
                if (funded[p]) {
                    continue;
                }
                if (pb.cost[p] <= left) {
                    reason[p] = "funded by greedy completion: " + e.money(left) + " left when its turn came, it costs "
                            + e.money(pb.cost[p]) + "; under Equal Shares " + reason[p];
                    left -= pb.cost[p];
                    funded[p] = true;
                    selected.add(p);
                    added.add(p);
                } else {
                    reason[p] = reason[p] + "; then " + e.money(left) + " left for greedy completion, it costs "
                            + e.money(pb.cost[p]);
                }
            }
        }
        BigDecimal perVoter = pb.voters == 0 ? BigDecimal.ZERO
                : Fraction.of(res.virtualBudget(), pb.voters).toDecimal(scale + 6).movePointLeft(scale).stripTrailingZeros();
        String verdict = null;
        if (comparison) {
            Outcome greedy = Greedy.count(e, "greedy", false, null, tieBreak);
            long[] prefer = compare(e, selected, greedy.selected());
            if (prefer[1] > prefer[0]) {
                return new Outcome(name, greedy.selected(), greedy.projects(), new EqualSharesSummary(perVoter,
                        BigDecimal.valueOf(res.virtualBudget(), scale), runs, List.of(),
                        prefer[1] + " voters prefer the greedy outcome and " + prefer[0]
                                + " the Equal Shares outcome, so the greedy outcome stands"));
            }
            verdict = prefer[0] + " voters prefer the Equal Shares outcome and " + prefer[1]
                    + " the greedy outcome, so the Equal Shares outcome stands";
        }
        List<ProjectResult> results = new ArrayList<>();
        for (int p = 0; p < projects; p++) {
            boolean mes = res.round()[p] > 0;
            results.add(new ProjectResult(p, score[p], votes[p], funded[p], reason[p],
                    mes ? res.round()[p] : null, mes ? res.price()[p].setScale(scale + 2, RoundingMode.HALF_EVEN)
                    .movePointLeft(scale) : null, mes ? res.short_()[p] : null));
        }
        return new Outcome(name, selected, results, new EqualSharesSummary(perVoter,
                BigDecimal.valueOf(res.virtualBudget(), scale), runs, added, verdict));
    }

    /**
     * The comparison step of equalshares.net: each voter prefers the outcome that funds more
     * of the projects they voted for. Returns {prefer first, prefer second}.
     */
    static long[] compare(Election e, List<Integer> first, List<Integer> second) {
        boolean[] a = new boolean[e.projectCount()];
        boolean[] b = new boolean[e.projectCount()];
        first.forEach(p -> a[p] = true);
        second.forEach(p -> b[p] = true);
        long[] prefer = new long[2];
        for (Ballot ballot : e.ballots()) {
            int sa = 0;
            int sb = 0;
            for (int p : ballot.projects()) {
                sa += a[p] ? 1 : 0;
                sb += b[p] ? 1 : 0;
            }
            if (sa > sb) {
                prefer[0] += ballot.weight();
            } else if (sb > sa) {
                prefer[1] += ballot.weight();
            }
        }
        return prefer;
    }

    private static String money(BigDecimal internalUnits, int scale) {
        return internalUnits.movePointLeft(scale).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}

package org.oursociety.budget.engine.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.oursociety.budget.engine.election.Ballot;
import org.oursociety.budget.engine.election.Election;

/** Counts an election with a named rule: the entry point of the library. */
public final class Counter {
    private static final Set<String> NOT_REPRODUCIBLE = Set.of("greedy-exclusive", "greedy-custom", "unknown");
    /** Add1 never needs more runs than this on real data; the cap only guards odd input. */
    static final int MAX_ADD1_RUNS = 100_000;
    /** Add1 runs made at once, at most one per core. */
    private static final int MAX_RUNS_AHEAD = 4;

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
        return count(e, rule.rule(), tieBreak);
    }

    /** Counts with a rule and its named options, e.g. {@code Rule.equalSharesAdd1()}. */
    public static Outcome count(Election e, Rule rule, TieBreak tieBreak) {
        String name = rule.name();
        if (rule instanceof Rule.Greedy g) {
            Long threshold = g.threshold() ? threshold(e, true) : g.noSkip() ? threshold(e, false) : null;
            return Greedy.count(e, name, g.noSkip(), threshold, tieBreak);
        }
        if (rule instanceof Rule.EqualShares es) {
            return equalShares(e, name, es, tieBreak);
        }
        return Phragmen.count(e, name, tieBreak);
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
    static Outcome equalShares(Election e, String name, Rule.EqualShares options, TieBreak tieBreak) {
        MesProblem pb = new MesProblem(e, tieBreak);
        long budget = e.budget();
        MesResult res = EqualShares.run(pb, budget);
        int runs = 1;
        long n = pb.voters;
        MesResult rejected = null;
        if (options.add1() && n > 0) {
            // Once each voter alone holds the cost of every project, every supported project is
            // funded; the loop never needs to go further than that.
            long totalCost = 0;
            for (long c : pb.cost) {
                totalCost = Math.addExact(totalCost, c);
            }
            long t = (budget / n) * n + n;
            int ahead = Math.max(1, Math.min(MAX_RUNS_AHEAD, Runtime.getRuntime().availableProcessors()));
            search:
            while (runs < MAX_ADD1_RUNS && !fundsAllSupported(pb, res) && t / n <= totalCost) {
                // The next runs are independent of each other: run a few at once, one per core, and
                // take their outcomes in order exactly as one-by-one would; what follows the first
                // run that costs too much is thrown away.
                List<Long> budgets = new ArrayList<>();
                for (long next = t; budgets.size() < ahead && runs + budgets.size() < MAX_ADD1_RUNS
                        && next / n <= totalCost; next = Math.addExact(next, n)) {
                    budgets.add(next);
                }
                List<MesResult> batch = runAll(pb, budgets);
                for (MesResult next : batch) {
                    if (runs >= MAX_ADD1_RUNS || fundsAllSupported(pb, res) || t / n > totalCost) {
                        break search;
                    }
                    runs++;
                    if (next.cost(pb.cost) > budget) {
                        rejected = next;
                        break search;
                    }
                    res = next;
                    t = Math.addExact(t, n);
                }
            }
        }
        return explain(e, pb, name, res, rejected, runs, options, tieBreak);
    }

    /** Equal Shares with each of these budgets, in order; all but the first on the common pool. */
    private static List<MesResult> runAll(MesProblem pb, List<Long> budgets) {
        List<CompletableFuture<MesResult>> others = new ArrayList<>();
        for (int i = 1; i < budgets.size(); i++) {
            long virtualBudget = budgets.get(i);
            others.add(CompletableFuture.supplyAsync(() -> EqualShares.run(pb, virtualBudget)));
        }
        List<MesResult> results = new ArrayList<>();
        results.add(EqualShares.run(pb, budgets.get(0)));
        for (CompletableFuture<MesResult> f : others) {
            try {
                results.add(f.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }
        return results;
    }

    private static boolean fundsAllSupported(MesProblem pb, MesResult res) {
        for (int p = 0; p < pb.projects; p++) {
            if (res.round()[p] == 0 && pb.supportWeight[p] > 0) {
                return false;
            }
        }
        return true;
    }

    private static Outcome explain(Election e, MesProblem pb, String name, MesResult res, MesResult rejected, int runs,
                                   Rule.EqualShares options, TieBreak tieBreak) {
        long[] votes = Scores.votes(e);
        long[] score = Scores.scores(e);
        int projects = pb.projects;
        List<Integer> selected = new ArrayList<>(res.order());
        boolean[] funded = new boolean[projects];
        for (int p : selected) {
            funded[p] = true;
        }
        Fraction startingShare = pb.voters == 0 ? Fraction.ZERO : Amounts.of(e, Fraction.of(e.budget(), pb.voters));
        Fraction perVoter = pb.voters == 0 ? Fraction.ZERO : Amounts.of(e, Fraction.of(res.virtualBudget(), pb.voters));
        Fraction nextPerVoter = rejected == null ? null : Amounts.of(e, Fraction.of(rejected.virtualBudget(), pb.voters));
        Fraction nextCost = rejected == null ? null : Amounts.of(e, rejected.cost(pb.cost));
        EqualSharesSummary.Comparison verdict = null;
        if (options.comparison()) {
            Outcome greedy = Greedy.count(e, "greedy", false, null, tieBreak);
            long[] prefer = compare(e, selected, greedy.selected());
            verdict = new EqualSharesSummary.Comparison(prefer[0], prefer[1]);
            if (verdict.greedyStands()) {
                return new Outcome(name, greedy.selected(), greedy.projects(), new EqualSharesSummary(startingShare,
                        perVoter, pb.voters, runs, nextPerVoter, nextCost, List.of(), verdict));
            }
        }
        EqualSharesTrace trace = EqualSharesTrace.replay(pb, res);
        Explanation[] why = new Explanation[projects];
        for (int p = 0; p < projects; p++) {
            why[p] = equalSharesExplanation(e, pb, res, rejected, trace, p);
        }
        List<String> added = new ArrayList<>();
        if (options.greedyCompletion()) {
            long left = e.budget() - res.cost(pb.cost);
            for (int p : Greedy.order(e, score, votes, tieBreak)) {
                if (funded[p]) {
                    continue;
                }
                if (pb.cost[p] <= left) {
                    why[p] = new Explanation.CompletionFunded(Amounts.of(e, left), Amounts.of(e, pb.cost[p]), why[p]);
                    left -= pb.cost[p];
                    funded[p] = true;
                    selected.add(p);
                    added.add(e.project(p).id());
                } else {
                    why[p] = new Explanation.CompletionDidNotFit(Amounts.of(e, left), Amounts.of(e, pb.cost[p]), why[p]);
                }
            }
        }
        int scale = e.moneyScale();
        List<ProjectResult> results = new ArrayList<>();
        for (int p = 0; p < projects; p++) {
            boolean mes = res.round()[p] > 0;
            BigDecimal price = null;
            if (mes) {
                Fraction unit = Fraction.of(pb.costUtility ? pb.cost[p] : 1);
                price = Amounts.of(e, trace.rho[p].multiply(unit)).toDecimal(scale + 2);
            }
            results.add(new ProjectResult(p, score[p], votes[p], funded[p], why[p],
                    mes ? res.round()[p] : null, price, mes ? trace.shortWeight[p] : null));
        }
        return new Outcome(name, selected, results, new EqualSharesSummary(startingShare, perVoter, pb.voters, runs,
                nextPerVoter, nextCost, added, verdict));
    }

    private static Explanation equalSharesExplanation(Election e, MesProblem pb, MesResult res, MesResult rejected,
                                                      EqualSharesTrace trace, int p) {
        Fraction cost = Amounts.of(e, pb.cost[p]);
        if (res.round()[p] > 0) {
            Fraction unit = Fraction.of(pb.costUtility ? pb.cost[p] : 1);
            Fraction pricePerVote = trace.rho[p].multiply(unit);
            Fraction effective = pricePerVote.signum() == 0 ? Fraction.of(pb.supportWeight[p])
                    : Fraction.of(pb.cost[p]).divide(pricePerVote);
            return new Explanation.EqualSharesFunded(res.round()[p], pb.supportWeight[p], trace.shortWeight[p],
                    Amounts.of(e, pricePerVote), !pb.costUtility, Amounts.of(e, trace.paidByShort[p]), cost, effective);
        }
        if (pb.supportWeight[p] == 0) {
            return new Explanation.NoSupporters();
        }
        Explanation.RanOut ranOut = null;
        if (trace.ranOutRound[p] > 0) {
            ranOut = new Explanation.RanOut(trace.ranOutRound[p], e.project(trace.ranOutAfter[p]).id(),
                    Amounts.of(e, trace.heldBefore[p]), Amounts.of(e, trace.heldAfter[p]));
        }
        List<Explanation.Payment> spent = new ArrayList<>();
        for (Map.Entry<Integer, Fraction> paid : trace.paidTowards.get(p).entrySet()) {
            spent.add(new Explanation.Payment(e.project(paid.getKey()).id(), res.round()[paid.getKey()],
                    Amounts.of(e, paid.getValue())));
        }
        Fraction heldAtStart = Amounts.of(e, trace.heldAtStart[p]);
        Fraction lastHeld = ranOut == null ? heldAtStart : ranOut.heldAfter();
        boolean nearMiss = lastHeld.compareTo(cost.multiply(Explanation.EqualSharesNotFunded.NEAR_MISS)) >= 0;
        return new Explanation.EqualSharesNotFunded(pb.supportWeight[p], cost, heldAtStart, ranOut,
                Amounts.of(e, trace.heldAtEnd[p]), spent, nearMiss, rejected != null && rejected.round()[p] > 0);
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

}

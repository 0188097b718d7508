package org.oursociety.budget.engine.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.oursociety.budget.engine.election.Election;

/**
 * Greedy by score: highest score first, each project funded if it still fits. The threshold
 * variant ignores projects scoring below min_project_score_threshold; the no-skip variant
 * stops at the first project that does not fit.
 *
 * <p>A project that costs more than the whole budget can never fit, so it never stops a
 * no-skip count: Pabulib marks withdrawn projects that way (Wrocław 2017 sets such a cost to
 * 999999999 "to ensure it is not selected"), and the city's published result skips it.
 */
public final class Greedy {
    private Greedy() {
    }

    public static Outcome count(Election e, String rule, boolean noSkip, Long threshold, TieBreak tieBreak) {
        long[] votes = Scores.votes(e);
        long[] score = Scores.scores(e);
        Explanation[] why = new Explanation[e.projectCount()];
        boolean[] funded = new boolean[e.projectCount()];
        List<Integer> selected = new ArrayList<>();
        long remaining = e.budget();
        Integer stoppedAt = null;
        int position = 0;
        for (int p : order(e, score, votes, tieBreak)) {
            position++;
            long cost = e.project(p).cost();
            if (threshold != null && score[p] < threshold) {
                why[p] = new Explanation.GreedyBelowThreshold(score[p], threshold);
            } else if (stoppedAt != null) {
                why[p] = new Explanation.GreedyNotReached(position, e.project(stoppedAt).id());
            } else if (cost > e.budget()) {
                why[p] = new Explanation.CostsMoreThanBudget(Amounts.of(e, cost), Amounts.of(e, e.budget()));
            } else if (cost <= remaining) {
                funded[p] = true;
                selected.add(p);
                why[p] = new Explanation.GreedyFunded(position, Amounts.of(e, remaining), Amounts.of(e, cost));
                remaining -= cost;
            } else {
                why[p] = new Explanation.GreedyDidNotFit(position, Amounts.of(e, remaining), Amounts.of(e, cost));
                if (noSkip) {
                    stoppedAt = p;
                }
            }
        }
        List<ProjectResult> results = new ArrayList<>();
        for (int p = 0; p < e.projectCount(); p++) {
            results.add(ProjectResult.of(p, score[p], votes[p], funded[p], why[p]));
        }
        return new Outcome(rule, selected, results, null);
    }

    /** Projects by score, highest first, equal scores by the tie-break. */
    static List<Integer> order(Election e, long[] score, long[] votes, TieBreak tieBreak) {
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < e.projectCount(); p++) {
            order.add(p);
        }
        Comparator<Integer> byScore = Comparator.<Integer>comparingLong(p -> score[p]).reversed();
        order.sort(byScore.thenComparing(tieBreak.comparator(e, votes)));
        return order;
    }
}

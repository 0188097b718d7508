package org.oursociety.budget.engine.rules;

import java.util.ArrayList;
import java.util.List;

import org.oursociety.budget.engine.election.Election;

/**
 * Sequential Phragmén with costs. Voters earn money continuously; a project is bought the
 * moment its supporters' earnings, beyond what earlier purchases took from them, cover its
 * cost. Equivalently each round funds the project whose purchase leaves its supporters with
 * the lowest load, (cost + their current loads) / their number. Projects that no longer fit
 * the remaining budget drop out. Ballots count as approvals of every project listed with
 * positive points.
 *
 * <p>Loads are exact fractions. Supporters of a funded project all end with the same load,
 * so voters fall into at most one load class per round; sums run over classes, not voters.
 */
final class Phragmen {
    private Phragmen() {
    }

    static Outcome count(Election e, String rule, TieBreak tieBreak) {
        MesProblem pb = new MesProblem(e, tieBreak);
        long[] votes = Scores.votes(e);
        long[] score = Scores.scores(e);
        int projects = pb.projects;
        Explanation[] reason = new Explanation[projects];
        boolean[] funded = new boolean[projects];
        Integer[] roundOf = new Integer[projects];
        int[] classOf = new int[pb.groups];
        List<Fraction> classLoad = new ArrayList<>(List.of(Fraction.ZERO));
        List<Integer> active = new ArrayList<>();
        for (int p = 0; p < projects; p++) {
            if (pb.supportWeight[p] > 0) {
                active.add(p);
            } else {
                reason[p] = new Explanation.NoSupporters();
            }
        }
        List<Integer> selected = new ArrayList<>();
        long remaining = e.budget();
        int round = 0;
        while (true) {
            for (int k = active.size() - 1; k >= 0; k--) {
                int p = active.get(k);
                if (pb.cost[p] > remaining) {
                    reason[p] = new Explanation.PhragmenDidNotFit(round, Amounts.of(e, remaining), Amounts.of(e, pb.cost[p]));
                    active.remove(k);
                }
            }
            if (active.isEmpty()) {
                break;
            }
            int best = -1;
            Fraction bestLoad = null;
            long[] perClass = new long[classLoad.size()];
            for (int p : active) {
                java.util.Arrays.fill(perClass, 0);
                for (int g : pb.supporters[p]) {
                    perClass[classOf[g]] += pb.weight[g];
                }
                Fraction load = Fraction.of(pb.cost[p]);
                for (int k = 0; k < perClass.length; k++) {
                    if (perClass[k] != 0 && classLoad.get(k).signum() != 0) {
                        load = load.add(classLoad.get(k).multiply(perClass[k]));
                    }
                }
                load = load.divide(pb.supportWeight[p]);
                int cmp = bestLoad == null ? -1 : load.compareTo(bestLoad);
                if (cmp < 0 || (cmp == 0 && pb.tie.compare(p, best) < 0)) {
                    best = p;
                    bestLoad = load;
                }
            }
            round++;
            funded[best] = true;
            roundOf[best] = round;
            selected.add(best);
            remaining -= pb.cost[best];
            reason[best] = new Explanation.PhragmenFunded(round, Amounts.of(e, bestLoad));
            int newClass = classLoad.size();
            classLoad.add(bestLoad);
            for (int g : pb.supporters[best]) {
                classOf[g] = newClass;
            }
            active.remove((Integer) best);
        }
        List<ProjectResult> results = new ArrayList<>();
        for (int p = 0; p < projects; p++) {
            results.add(new ProjectResult(p, score[p], votes[p], funded[p], reason[p], roundOf[p], null, null));
        }
        return new Outcome(rule, selected, results, null);
    }
}

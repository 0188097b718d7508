package org.oursociety.budget.engine.rules;

import java.util.Comparator;
import java.util.List;

import org.oursociety.budget.engine.election.Ballot;
import org.oursociety.budget.engine.election.Election;

/**
 * An election prepared for Equal Shares: per project, the ballot groups that support it and
 * what it is worth to each of them. Built once and shared by every run that add1 completion
 * makes. Approval-like ballots (approval, choose-1, and ordinal ballots read as approvals)
 * use cost utilities: a project is worth its cost to each supporter. Cumulative and scoring
 * ballots use the points as utilities.
 */
final class MesProblem {
    final Election election;
    final int groups;
    final long[] weight;
    final long voters;
    final int projects;
    final long[] cost;
    final int[][] supporters;
    final long[][] utility;
    /** Sum over supporters of weight times utility. */
    final long[] totalUtility;
    /** Number of voters supporting each project. */
    final long[] supportWeight;
    final boolean costUtility;
    final Comparator<Integer> tie;
    /** Per ballot group, the projects it lists and what each is worth to it. */
    final int[][] ballotProjects;
    final long[][] ballotUtility;

    MesProblem(Election e, TieBreak tieBreak) {
        this.election = e;
        List<Ballot> ballots = e.ballots();
        this.groups = ballots.size();
        this.weight = new long[groups];
        this.projects = e.projectCount();
        this.cost = new long[projects];
        this.costUtility = !e.voteType().usesPoints();
        for (int p = 0; p < projects; p++) {
            cost[p] = e.project(p).cost();
        }
        // Two passes over flat arrays (count, then fill) rather than a list of small arrays per
        // supporter: with 100,000 ballots that was half a million objects to build and collect.
        int[] supporterCount = new int[projects];
        long n = 0;
        this.ballotProjects = new int[groups][];
        this.ballotUtility = new long[groups][];
        for (int g = 0; g < groups; g++) {
            Ballot b = ballots.get(g);
            weight[g] = b.weight();
            int[] ps = b.projects();
            ballotProjects[g] = ps;
            long[] us = new long[ps.length];
            ballotUtility[g] = us;
            for (int i = 0; i < ps.length; i++) {
                us[i] = costUtility ? cost[ps[i]] : b.points()[i];
                if (supports(us[i], cost[ps[i]])) {
                    supporterCount[ps[i]]++;
                }
            }
            n += b.weight();
        }
        this.voters = n;
        this.supporters = new int[projects][];
        this.utility = new long[projects][];
        this.totalUtility = new long[projects];
        this.supportWeight = new long[projects];
        for (int p = 0; p < projects; p++) {
            supporters[p] = new int[supporterCount[p]];
            utility[p] = new long[supporterCount[p]];
        }
        int[] filled = new int[projects];
        for (int g = 0; g < groups; g++) {
            int[] ps = ballotProjects[g];
            long[] us = ballotUtility[g];
            for (int i = 0; i < ps.length; i++) {
                int p = ps[i];
                if (supports(us[i], cost[p])) {
                    supporters[p][filled[p]] = g;
                    utility[p][filled[p]] = us[i];
                    filled[p]++;
                    totalUtility[p] = Math.addExact(totalUtility[p], Math.multiplyExact(weight[g], us[i]));
                    supportWeight[p] += weight[g];
                }
            }
        }
        this.tie = tieBreak.comparator(e, Scores.votes(e));
    }

    /** A ballot supports a project it gives utility, and a free project it lists (approval-like). */
    private boolean supports(long utility, long projectCost) {
        return utility > 0 || (costUtility && projectCost == 0);
    }
}

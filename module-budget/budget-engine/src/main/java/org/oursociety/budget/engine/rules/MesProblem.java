package org.oursociety.budget.engine.rules;

import java.util.ArrayList;
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
        List<List<long[]>> sup = new ArrayList<>();
        for (int p = 0; p < projects; p++) {
            sup.add(new ArrayList<>());
        }
        long n = 0;
        this.ballotProjects = new int[groups][];
        this.ballotUtility = new long[groups][];
        for (int g = 0; g < groups; g++) {
            Ballot b = ballots.get(g);
            weight[g] = b.weight();
            ballotProjects[g] = b.projects();
            ballotUtility[g] = new long[b.length()];
            for (int i = 0; i < b.length(); i++) {
                ballotUtility[g][i] = costUtility ? cost[b.projects()[i]] : b.points()[i];
            }
            n += b.weight();
            for (int i = 0; i < b.length(); i++) {
                int p = b.projects()[i];
                long u = costUtility ? cost[p] : b.points()[i];
                if (u > 0 || (costUtility && cost[p] == 0)) {
                    sup.get(p).add(new long[] {g, u});
                }
            }
        }
        this.voters = n;
        this.supporters = new int[projects][];
        this.utility = new long[projects][];
        this.totalUtility = new long[projects];
        this.supportWeight = new long[projects];
        for (int p = 0; p < projects; p++) {
            List<long[]> list = sup.get(p);
            supporters[p] = new int[list.size()];
            utility[p] = new long[list.size()];
            for (int i = 0; i < list.size(); i++) {
                int g = (int) list.get(i)[0];
                supporters[p][i] = g;
                utility[p][i] = list.get(i)[1];
                totalUtility[p] = Math.addExact(totalUtility[p], Math.multiplyExact(weight[g], list.get(i)[1]));
                supportWeight[p] += weight[g];
            }
        }
        this.tie = tieBreak.comparator(e, Scores.votes(e));
    }
}

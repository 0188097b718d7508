package org.oursociety.budget.engine.rules;

import org.oursociety.budget.engine.election.Ballot;
import org.oursociety.budget.engine.election.Election;

/** Per-project vote counts and scores, as the Pabulib rules define them for each vote_type. */
public final class Scores {
    private Scores() {
    }

    /** How many voters list each project (approvals, whatever the ballot kind). */
    public static long[] votes(Election e) {
        long[] votes = new long[e.projectCount()];
        for (Ballot b : e.ballots()) {
            for (int p : b.projects()) {
                votes[p] += b.weight();
            }
        }
        return votes;
    }

    /**
     * Approvals for approval and choose-1; points added up for cumulative and scoring; for
     * ordinal, positional points: with ballots of at most k projects the first choice earns k,
     * the second k-1, and so on. k is max_length, or the longest ballot when that is longer or
     * max_length is missing, so that no listed project ever earns nothing.
     */
    public static long[] scores(Election e) {
        long[] score = new long[e.projectCount()];
        switch (e.voteType()) {
            case APPROVAL, CHOOSE_1 -> {
                return votes(e);
            }
            case CUMULATIVE, SCORING -> {
                for (Ballot b : e.ballots()) {
                    for (int i = 0; i < b.length(); i++) {
                        score[b.projects()[i]] += b.weight() * b.points()[i];
                    }
                }
            }
            case ORDINAL -> {
                long k = e.metaLong("max_length").orElse(0);
                for (Ballot b : e.ballots()) {
                    k = Math.max(k, b.length());
                }
                for (Ballot b : e.ballots()) {
                    for (int i = 0; i < b.length(); i++) {
                        score[b.projects()[i]] += b.weight() * (k - i);
                    }
                }
            }
            default -> throw new IllegalStateException();
        }
        return score;
    }
}

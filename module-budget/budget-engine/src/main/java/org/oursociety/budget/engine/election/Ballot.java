package org.oursociety.budget.engine.election;

/**
 * One distinct ballot and how many voters cast it. Counting works on these groups, never on
 * single voters, so memory and time grow with the number of distinct ballots.
 *
 * @param projects project indices; for ordinal ballots most preferred first
 * @param points   points in the same order for cumulative and scoring ballots, else null
 * @param weight   number of voters who cast exactly this ballot
 */
public record Ballot(int[] projects, long[] points, long weight) {

    public int length() {
        return projects.length;
    }
}

package org.oursociety.budget.engine.election;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects ballots into weighted groups of identical ballots as they arrive, so that memory
 * follows the distinct ballots, not the voters. Approval-like ballots are order-free;
 * ordinal ballots keep their order; points stay with their projects.
 */
public final class BallotGroups {
    private final VoteType type;
    private final Map<Key, long[]> groups = new LinkedHashMap<>();

    public BallotGroups(VoteType type) {
        this.type = type;
    }

    /**
     * Adds one voter's ballot.
     *
     * @param projects project indices, no index twice; most preferred first for ordinal ballots
     * @param points   points in the same order for cumulative and scoring ballots, else null
     */
    public void add(int[] projects, long[] points) {
        groups.computeIfAbsent(Key.of(type, projects, points), k -> new long[1])[0]++;
    }

    public List<Ballot> ballots() {
        List<Ballot> ballots = new ArrayList<>(groups.size());
        for (Map.Entry<Key, long[]> e : groups.entrySet()) {
            ballots.add(new Ballot(e.getKey().projects, e.getKey().points, e.getValue()[0]));
        }
        return ballots;
    }

    /** The first project index listed twice, or -1. */
    public static int firstDuplicate(int[] projects) {
        int[] s = projects.clone();
        Arrays.sort(s);
        for (int i = 1; i < s.length; i++) {
            if (s[i] == s[i - 1]) {
                return s[i];
            }
        }
        return -1;
    }

    /** The identity of a ballot for grouping. */
    private static final class Key {
        final int[] projects;
        final long[] points;
        final int hash;

        private Key(int[] projects, long[] points) {
            this.projects = projects;
            this.points = points;
            this.hash = 31 * Arrays.hashCode(projects) + Arrays.hashCode(points);
        }

        static Key of(VoteType type, int[] projects, long[] points) {
            if (type == VoteType.ORDINAL) {
                return new Key(projects, null);
            }
            if (points == null) {
                int[] sorted = projects.clone();
                Arrays.sort(sorted);
                return new Key(sorted, null);
            }
            Integer[] order = new Integer[projects.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(projects[a], projects[b]));
            int[] p = new int[projects.length];
            long[] q = new long[projects.length];
            for (int i = 0; i < order.length; i++) {
                p[i] = projects[order[i]];
                q[i] = points[order[i]];
            }
            return new Key(p, q);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && Arrays.equals(projects, k.projects)
                    && Arrays.equals(points, k.points);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}

package org.oursociety.budget.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.oursociety.budget.engine.Elections;
import org.oursociety.budget.engine.election.Election;

/**
 * Seeded random elections for the property tests: small enough to check by brute force,
 * with few distinct costs and budgets so that ties, exact fits and free projects come up
 * often. A failing seed is printed in the assertion message and reproduces the case.
 */
final class RandomElections {
    private RandomElections() {
    }

    static Election approval(long seed) {
        return generate(seed, false);
    }

    static Election cumulative(long seed) {
        return generate(seed, true);
    }

    private static Election generate(long seed, boolean points) {
        Random r = new Random(seed);
        int projects = 1 + r.nextInt(8);
        int voters = 1 + r.nextInt(30);
        StringBuilder ps = new StringBuilder();
        for (int p = 0; p < projects; p++) {
            long cost = r.nextInt(12) == 0 ? 0 : 10 * (1 + r.nextInt(10));
            ps.append(p > 0 ? " " : "").append("p").append(p).append(':').append(cost);
        }
        long budget = 10L * (1 + r.nextInt(40));
        String[] ballots = new String[voters];
        String[] pts = points ? new String[voters] : null;
        for (int v = 0; v < voters; v++) {
            List<String> chosen = new ArrayList<>();
            List<String> given = new ArrayList<>();
            for (int p = 0; p < projects; p++) {
                if (r.nextInt(3) == 0) {
                    chosen.add("p" + p);
                    given.add(String.valueOf(1 + r.nextInt(3)));
                }
            }
            ballots[v] = String.join(",", chosen);
            if (points) {
                pts[v] = String.join(",", given);
            }
        }
        return Elections.build(points ? "cumulative" : "approval", budget, "", ps.toString(), pts, ballots);
    }
}

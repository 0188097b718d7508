package org.oursociety.budget.engine.election;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an election in memory from project ids, costs and ballots, the way the budget
 * module counts its own rounds without writing a file first. Costs and the budget may have
 * decimals (pence); they are held exactly. A ballot that names an unknown project or one
 * project twice is refused with an {@link IllegalArgumentException}: the caller validated
 * its ballots, so such a ballot is a bug, not a voter's slip.
 */
public final class ElectionBuilder {
    private final VoteType voteType;
    private final BigDecimal budget;
    private final Map<String, String> meta = new LinkedHashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<BigDecimal> costs = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> indexById = new HashMap<>();
    private final BallotGroups ballots;

    ElectionBuilder(VoteType voteType, BigDecimal budget) {
        if (budget.signum() < 0) {
            throw new IllegalArgumentException("the budget is negative");
        }
        this.voteType = voteType;
        this.budget = budget;
        this.ballots = new BallotGroups(voteType);
        meta.put("budget", budget.toPlainString());
        meta.put("vote_type", voteType.pabulibName());
    }

    /** A META value such as unit, instance or rule (the rule a count uses when none is named). */
    public ElectionBuilder meta(String key, String value) {
        meta.put(key, value);
        return this;
    }

    public ElectionBuilder project(String id, BigDecimal cost, String name) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a project needs an id");
        }
        if (indexById.containsKey(id)) {
            throw new IllegalArgumentException("project " + id + " is added twice");
        }
        if (cost.signum() < 0) {
            throw new IllegalArgumentException("project " + id + " has a negative cost");
        }
        indexById.put(id, ids.size());
        ids.add(id);
        costs.add(cost);
        names.add(name == null ? "" : name);
        return this;
    }

    public ElectionBuilder project(String id, long cost) {
        return project(id, BigDecimal.valueOf(cost), "");
    }

    /**
     * One voter's ballot listing projects: approval and choose-1 in any order, ordinal most
     * preferred first. An empty list is a voter who chose nothing (counted as a voter).
     */
    public ElectionBuilder ballot(List<String> projectIds) {
        if (voteType.usesPoints()) {
            throw new IllegalArgumentException(voteType.pabulibName() + " ballots give points: use ballot(Map)");
        }
        ballots.add(indices(projectIds), null);
        return this;
    }

    public ElectionBuilder ballot(String... projectIds) {
        return ballot(List.of(projectIds));
    }

    /** One voter's cumulative or scoring ballot: points per project id. */
    public ElectionBuilder ballot(Map<String, Long> points) {
        if (!voteType.usesPoints()) {
            throw new IllegalArgumentException(voteType.pabulibName() + " ballots list projects: use ballot(List)");
        }
        List<String> order = new ArrayList<>(points.keySet());
        long[] pts = new long[order.size()];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = points.get(order.get(i));
            if (pts[i] < 0) {
                throw new IllegalArgumentException("negative points for project " + order.get(i));
            }
        }
        ballots.add(indices(order), pts);
        return this;
    }

    private int[] indices(List<String> projectIds) {
        int[] out = new int[projectIds.size()];
        for (int i = 0; i < out.length; i++) {
            Integer idx = indexById.get(projectIds.get(i));
            if (idx == null) {
                throw new IllegalArgumentException("a ballot names unknown project " + projectIds.get(i));
            }
            out[i] = idx;
        }
        int dup = BallotGroups.firstDuplicate(out);
        if (dup >= 0) {
            throw new IllegalArgumentException("a ballot names project " + ids.get(dup) + " twice");
        }
        return out;
    }

    public Election build() {
        int scale = Math.max(0, budget.stripTrailingZeros().scale());
        for (BigDecimal c : costs) {
            scale = Math.max(scale, c.stripTrailingZeros().scale());
        }
        List<Project> projects = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            projects.add(new Project(i, ids.get(i), units(costs.get(i), scale), names.get(i)));
        }
        meta.putIfAbsent("num_projects", String.valueOf(ids.size()));
        return new Election(meta, voteType, units(budget, scale), scale, projects, ballots.ballots());
    }

    /** Money in units of 10^-scale; more than 10^13 units cannot be summed exactly over many voters. */
    private static long units(BigDecimal amount, int scale) {
        BigDecimal units = amount.movePointRight(scale);
        if (units.compareTo(BigDecimal.valueOf(10_000_000_000_000L)) > 0) {
            throw new IllegalArgumentException("the amount " + amount.toPlainString() + " is too large to count exactly");
        }
        return units.longValueExact();
    }
}

package org.oursociety.budget.engine.election;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What counting needs from a Pabulib file: META, the projects and the grouped ballots.
 * Money (budget and costs) is held in integer units of 10^-moneyScale so that a file with
 * costs such as {@code 1250,50} is still counted without any rounding.
 */
public final class Election {
    private final Map<String, String> meta;
    private final VoteType voteType;
    private final long budget;
    private final int moneyScale;
    private final List<Project> projects;
    private final List<Ballot> ballots;
    private final long voters;
    private final Map<String, Integer> indexById;
    private final List<Warning> warnings;

    public Election(Map<String, String> meta, VoteType voteType, long budget, int moneyScale,
                    List<Project> projects, List<Ballot> ballots) {
        this(meta, voteType, budget, moneyScale, projects, ballots, List.of());
    }

    public Election(Map<String, String> meta, VoteType voteType, long budget, int moneyScale,
                    List<Project> projects, List<Ballot> ballots, List<Warning> warnings) {
        this.warnings = List.copyOf(warnings);
        this.meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        this.voteType = voteType;
        this.budget = budget;
        this.moneyScale = moneyScale;
        this.projects = List.copyOf(projects);
        this.ballots = List.copyOf(ballots);
        long n = 0;
        for (Ballot b : ballots) {
            n += b.weight();
        }
        this.voters = n;
        this.indexById = new HashMap<>();
        for (Project p : projects) {
            indexById.put(p.id(), p.index());
        }
    }

    /** Starts an election in memory: projects, then ballots, then {@link ElectionBuilder#build()}. */
    public static ElectionBuilder builder(VoteType voteType, java.math.BigDecimal budget) {
        return new ElectionBuilder(voteType, budget);
    }

    /** What reading the file worked around, by line; empty for a clean file or one built in memory. */
    public List<Warning> warnings() {
        return warnings;
    }

    public Map<String, String> meta() {
        return meta;
    }

    public Optional<String> meta(String key) {
        String v = meta.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    /** A META value read as a whole number; absent, empty or not a number gives empty. */
    public OptionalLong metaLong(String key) {
        Optional<String> v = meta(key);
        if (v.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(new java.math.BigDecimal(v.get().replace(',', '.').replace(" ", ""))
                    .longValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public VoteType voteType() {
        return voteType;
    }

    public long budget() {
        return budget;
    }

    public int moneyScale() {
        return moneyScale;
    }

    public List<Project> projects() {
        return projects;
    }

    public Project project(int index) {
        return projects.get(index);
    }

    public Optional<Project> project(String id) {
        Integer i = indexById.get(id);
        return i == null ? Optional.empty() : Optional.of(projects.get(i));
    }

    public int projectCount() {
        return projects.size();
    }

    public List<Ballot> ballots() {
        return ballots;
    }

    /** Number of voters: the ballots' weights added up. */
    public long voters() {
        return voters;
    }

    public String money(long amount) {
        return Money.format(amount, moneyScale);
    }

    /** The rule the file declares, lower case, or "unknown". */
    public String declaredRule() {
        return meta("rule").map(r -> r.toLowerCase(java.util.Locale.ROOT)).orElse("unknown");
    }
}

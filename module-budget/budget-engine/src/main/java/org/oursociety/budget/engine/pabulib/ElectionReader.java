package org.oursociety.budget.engine.pabulib;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.oursociety.budget.engine.election.Ballot;
import org.oursociety.budget.engine.election.BallotGroups;
import org.oursociety.budget.engine.election.Election;
import org.oursociety.budget.engine.election.Project;
import org.oursociety.budget.engine.election.VoteType;

/**
 * Reads a Pabulib file into an {@link Election} for counting. Voters who cast the same ballot
 * become one weighted group as the file streams by, so a city-sized file needs memory for
 * its distinct ballots only.
 *
 * <p>Lenient, never silently wrong. What would make the count ambiguous (a vote for an
 * unknown project, unreadable or missing points, a project listed twice in PROJECTS) stops
 * the read with its line. What the official counts work around is counted the same way and
 * reported as a {@link Warning} with its line: a project named twice in one ballot (counted
 * once), a vote row without its vote field (not counted), a duplicate voter id (counted),
 * a ballot over the file's limits (counted as cast), META num_votes or num_projects that
 * disagree with the rows, a file that is not UTF-8 (read in its real encoding).
 * docs/budget-engine.md lists them.
 */
public final class ElectionReader implements PbParser.Sink {
    private final Map<String, String> meta = new LinkedHashMap<>();
    private final Map<String, Integer> metaLines = new HashMap<>();
    private int metaLine = 1;
    private VoteType voteType;
    private BigDecimal budget;

    private int idCol = -1;
    private int costCol = -1;
    private int nameCol = -1;
    private final List<String> ids = new ArrayList<>();
    private final List<BigDecimal> costs = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> indexById = new HashMap<>();

    private int voteCol = -1;
    private int pointsCol = -1;
    private int voterCol = -1;
    private final java.util.Set<String> voterIds = new java.util.HashSet<>();
    private int projectRows;
    private int voteRows;
    private Long maxSumPoints;
    private Long maxPoints;
    private Long maxLength;
    private final Warnings warnings = new Warnings();
    private BallotGroups groups;
    private int votesHeaderLine;

    private Election election;

    /** No ballot gives more points to one project than this. */
    static final long MAX_POINTS = 1_000_000_000L;
    /** No budget or cost comes near this many money units (pence, grosze): sums stay exact in longs. */
    static final long MAX_UNITS = 10_000_000_000_000L;

    private ElectionReader() {
    }

    public static Election read(Path file) {
        try (PbInput.Opened in = PbInput.open(file)) {
            ElectionReader sink = new ElectionReader();
            if (in.warning() != null) {
                sink.warnings.add(in.warning().line(), in.warning().message());
            }
            PbParser.parse(in.reader(), sink);
            return sink.election;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Election read(Reader reader) {
        ElectionReader sink = new ElectionReader();
        PbParser.parse(reader, sink);
        return sink.election;
    }

    @Override
    public void header(Section section, List<String> columns, int line) {
        switch (section) {
            case META -> metaLine = line - 1;
            case PROJECTS -> {
                finishMeta(line);
                idCol = columns.indexOf("project_id");
                costCol = columns.indexOf("cost");
                nameCol = columns.indexOf("name");
                if (idCol < 0) {
                    throw new PbFormatException(line, "the PROJECTS header has no project_id column");
                }
                if (costCol < 0) {
                    throw new PbFormatException(line, "the PROJECTS header has no cost column");
                }
            }
            case VOTES -> {
                votesHeaderLine = line;
                voteCol = columns.indexOf("vote");
                pointsCol = columns.indexOf("points");
                voterCol = columns.indexOf("voter_id");
                if (voteCol < 0) {
                    throw new PbFormatException(line, "the VOTES header has no vote column");
                }
                if (voteType.usesPoints() && pointsCol < 0) {
                    throw new PbFormatException(line, voteType.pabulibName() + " ballots need a points column");
                }
                groups = new BallotGroups(voteType);
            }
            default -> throw new IllegalStateException();
        }
    }

    @Override
    public void extraFields(Section section, int fields, int header, int line) {
        warnings.add(line, "this row has " + fields + " fields but the " + section + " header names " + header
                + "; the extra ones are ignored");
    }

    @Override
    public void row(Section section, String[] fields, int line) {
        row(section, fields, fields.length, line);
    }

    @Override
    public void row(Section section, String[] fields, int present, int line) {
        switch (section) {
            case META -> {
                String key = fields[0].strip().toLowerCase(java.util.Locale.ROOT);
                String value = fields.length > 1 ? fields[1] : "";
                meta.put(key, value);
                metaLines.put(key, line);
            }
            case PROJECTS -> project(fields, line);
            case VOTES -> {
                voteRows++;
                if (present <= voteCol) {
                    warnings.add(line, "this vote row has no vote field; it is not counted");
                    return;
                }
                vote(fields, line);
            }
            default -> throw new IllegalStateException();
        }
    }

    private void finishMeta(int projectsLine) {
        String vt = meta.get("vote_type");
        if (vt == null || vt.isBlank()) {
            throw new PbFormatException(metaLine, "META has no vote_type");
        }
        voteType = VoteType.fromPabulib(vt).orElseThrow(() -> new PbFormatException(metaLines.get("vote_type"),
                "vote_type '" + vt + "' is not one of approval, choose-1, cumulative, scoring, ordinal"));
        String b = meta.get("budget");
        if (b == null || b.isBlank()) {
            throw new PbFormatException(metaLine, "META has no budget");
        }
        try {
            budget = Numbers.decimal(b);
        } catch (NumberFormatException e) {
            throw new PbFormatException(metaLines.get("budget"), "the budget '" + b + "' is not a number");
        }
        if (budget.signum() < 0) {
            throw new PbFormatException(metaLines.get("budget"), "the budget is negative");
        }
        maxSumPoints = metaWhole("max_sum_points");
        maxPoints = metaWhole("max_points");
        maxLength = metaWhole("max_length");
    }

    private Long metaWhole(String key) {
        String v = meta.get(key);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Numbers.whole(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void project(String[] fields, int line) {
        projectRows++;
        String id = fields[idCol];
        if (id.isEmpty()) {
            throw new PbFormatException(line, "a project has an empty project_id");
        }
        if (indexById.containsKey(id)) {
            throw new PbFormatException(line, "project " + id + " is listed twice");
        }
        BigDecimal cost;
        try {
            cost = Numbers.decimal(fields[costCol]);
        } catch (NumberFormatException e) {
            throw new PbFormatException(line, "the cost '" + fields[costCol] + "' of project " + id + " is not a number");
        }
        if (cost.signum() < 0) {
            throw new PbFormatException(line, "project " + id + " has a negative cost");
        }
        indexById.put(id, ids.size());
        ids.add(id);
        costs.add(cost);
        names.add(nameCol >= 0 ? fields[nameCol] : "");
    }

    private void vote(String[] fields, int line) {
        if (voterCol >= 0 && !fields[voterCol].isEmpty() && !voterIds.add(fields[voterCol])) {
            warnings.add(line, "voter id " + fields[voterCol] + " appears again; this ballot is counted too");
        }
        String list = fields[voteCol];
        String[] parts = items(list, "vote", line);
        int[] projects = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String id = parts[i];
            Integer idx = indexById.get(id);
            if (idx == null) {
                throw new PbFormatException(line, "vote for unknown project " + id);
            }
            projects[i] = idx;
        }
        long[] points = null;
        if (voteType.usesPoints()) {
            String[] pp = items(fields[pointsCol], "points", line);
            if (pp.length != parts.length) {
                throw new PbFormatException(line, "the ballot lists " + parts.length + " projects but "
                        + pp.length + " points");
            }
            points = new long[pp.length];
            long sum = 0;
            for (int i = 0; i < pp.length; i++) {
                try {
                    points[i] = Numbers.whole(pp[i]);
                } catch (NumberFormatException e) {
                    throw new PbFormatException(line, "the points '" + pp[i].strip() + "' are not a whole number");
                }
                if (points[i] < 0) {
                    throw new PbFormatException(line, "negative points " + points[i]);
                }
                if (points[i] > MAX_POINTS) {
                    throw new PbFormatException(line, "the points " + points[i] + " are more than "
                            + MAX_POINTS + ", too many to count");
                }
                if (maxPoints != null && points[i] > maxPoints) {
                    warnings.add(line, points[i] + " points for one project, more than max_points " + maxPoints
                            + "; counted as cast");
                }
                sum = Math.addExact(sum, points[i]);
            }
            if (maxSumPoints != null && sum > maxSumPoints) {
                warnings.add(line, "the ballot gives " + sum + " points, more than max_sum_points " + maxSumPoints
                        + "; counted as cast");
            }
        }
        if (BallotGroups.firstDuplicate(projects) >= 0) {
            // Counted once, as the official counts do: the first mention stands (with its points).
            boolean[] seen = new boolean[ids.size()];
            int kept = 0;
            for (int i = 0; i < projects.length; i++) {
                if (seen[projects[i]]) {
                    warnings.add(line, "project " + ids.get(projects[i]) + " appears twice in this ballot; counted once");
                    continue;
                }
                seen[projects[i]] = true;
                projects[kept] = projects[i];
                if (points != null) {
                    points[kept] = points[i];
                }
                kept++;
            }
            projects = Arrays.copyOf(projects, kept);
            points = points == null ? null : Arrays.copyOf(points, kept);
        }
        if (maxLength != null && projects.length > maxLength) {
            warnings.add(line, "the ballot lists " + projects.length + " projects, more than max_length " + maxLength
                    + "; counted as cast");
        }
        groups.add(projects, points);
    }

    private static long units(BigDecimal amount, int scale) {
        long units = amount.movePointRight(scale).longValueExact();
        if (units > MAX_UNITS) {
            throw new ArithmeticException("too large");
        }
        return units;
    }

    /** The comma-separated items of a vote or points field; stray commas are dropped with a warning. */
    private String[] items(String field, String column, int line) {
        if (field.isEmpty()) {
            return new String[0];
        }
        String[] parts = field.split(",", -1);
        int kept = 0;
        for (String part : parts) {
            String item = part.strip();
            if (!item.isEmpty()) {
                parts[kept++] = item;
            }
        }
        if (kept < parts.length) {
            warnings.add(line, "the " + column + " field '" + field + "' has a stray comma; ignored");
            return Arrays.copyOf(parts, kept);
        }
        return parts;
    }

    @Override
    public void end(int lastLine) {
        if (voteCol < 0) {
            throw new PbFormatException(lastLine, "the VOTES section has no header");
        }
        Long numProjects = metaWhole("num_projects");
        if (numProjects != null && numProjects != projectRows) {
            warnings.add(metaLines.get("num_projects"), "META num_projects is " + numProjects + " but PROJECTS lists "
                    + projectRows);
        }
        Long numVotes = metaWhole("num_votes");
        if (numVotes != null && numVotes != voteRows) {
            warnings.add(metaLines.get("num_votes"), "META num_votes is " + numVotes + " but VOTES lists " + voteRows);
        }
        int scale = Math.max(0, budget.stripTrailingZeros().scale());
        for (BigDecimal c : costs) {
            scale = Math.max(scale, c.stripTrailingZeros().scale());
        }
        List<Project> projects = new ArrayList<>(ids.size());
        try {
            for (int i = 0; i < ids.size(); i++) {
                projects.add(new Project(i, ids.get(i), units(costs.get(i), scale), names.get(i)));
            }
            long budgetUnits = units(budget, scale);
            List<Ballot> ballots = groups.ballots();
            election = new Election(meta, voteType, budgetUnits, scale, projects, ballots, warnings.list());
        } catch (ArithmeticException e) {
            throw new PbFormatException(votesHeaderLine, "costs or budget are too large or too precise to count exactly");
        }
    }
}

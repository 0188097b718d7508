package org.oursociety.budget.engine.pabulib;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * its distinct ballots only. Anything that would make the count ambiguous (a vote for an
 * unknown project, a project twice in one ballot, unreadable points) stops the read with the
 * line number; softer problems are left to {@link Validator}.
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
    private BallotGroups groups;
    private int votesHeaderLine;

    private Election election;

    private ElectionReader() {
    }

    public static Election read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
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
    public void row(Section section, String[] fields, int line) {
        switch (section) {
            case META -> {
                String key = fields[0].strip().toLowerCase(java.util.Locale.ROOT);
                String value = fields.length > 1 ? fields[1] : "";
                meta.put(key, value);
                metaLines.put(key, line);
            }
            case PROJECTS -> project(fields, line);
            case VOTES -> vote(fields, line);
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
    }

    private void project(String[] fields, int line) {
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
        String list = fields[voteCol];
        String[] parts = list.isEmpty() ? new String[0] : list.split(",", -1);
        int[] projects = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String id = parts[i].strip();
            Integer idx = indexById.get(id);
            if (idx == null) {
                if (id.isEmpty()) {
                    throw new PbFormatException(line, "the vote '" + list + "' has an empty project id");
                }
                throw new PbFormatException(line, "vote for unknown project " + id);
            }
            projects[i] = idx;
        }
        long[] points = null;
        if (voteType.usesPoints()) {
            String p = fields[pointsCol];
            String[] pp = p.isEmpty() ? new String[0] : p.split(",", -1);
            if (pp.length != parts.length) {
                throw new PbFormatException(line, "the ballot lists " + parts.length + " projects but "
                        + pp.length + " points");
            }
            points = new long[pp.length];
            for (int i = 0; i < pp.length; i++) {
                try {
                    points[i] = Numbers.whole(pp[i]);
                } catch (NumberFormatException e) {
                    throw new PbFormatException(line, "the points '" + pp[i].strip() + "' are not a whole number");
                }
                if (points[i] < 0) {
                    throw new PbFormatException(line, "negative points " + points[i]);
                }
            }
        }
        int dup = BallotGroups.firstDuplicate(projects);
        if (dup >= 0) {
            throw new PbFormatException(line, "project " + ids.get(dup) + " appears twice in this ballot");
        }
        groups.add(projects, points);
    }

    @Override
    public void end(int lastLine) {
        if (voteCol < 0) {
            throw new PbFormatException(lastLine, "the VOTES section has no header");
        }
        int scale = Math.max(0, budget.stripTrailingZeros().scale());
        for (BigDecimal c : costs) {
            scale = Math.max(scale, c.stripTrailingZeros().scale());
        }
        List<Project> projects = new ArrayList<>(ids.size());
        try {
            for (int i = 0; i < ids.size(); i++) {
                projects.add(new Project(i, ids.get(i), costs.get(i).movePointRight(scale).longValueExact(), names.get(i)));
            }
            long budgetUnits = budget.movePointRight(scale).longValueExact();
            List<Ballot> ballots = groups.ballots();
            election = new Election(meta, voteType, budgetUnits, scale, projects, ballots);
        } catch (ArithmeticException e) {
            throw new PbFormatException(votesHeaderLine, "costs or budget are too large or too precise to count exactly");
        }
    }
}

package org.oursociety.budget.engine.pabulib;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.oursociety.budget.engine.election.VoteType;

/**
 * Checks a Pabulib file against its own META and the format's rules, listing every problem
 * with its line number instead of stopping at the first. It streams like the reader; only
 * the ids seen so far are held, to find duplicates.
 */
public final class Validator implements PbParser.Sink {
    static final List<String> REQUIRED_META = List.of("description", "country", "unit", "instance",
            "num_projects", "num_votes", "budget", "vote_type", "rule", "date_begin", "date_end");
    private static final List<String> NUMERIC_META = List.of("num_projects", "num_votes", "min_length", "max_length",
            "min_points", "max_points", "min_sum_points", "max_sum_points", "min_sum_cost", "max_sum_cost",
            "min_project_score_threshold");

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> meta = new HashMap<>();
    private final Map<String, Integer> metaLines = new HashMap<>();
    private int metaTitleLine = 1;
    private VoteType voteType;

    private int idCol = -1;
    private int costCol = -1;
    private final Map<String, BigDecimal> costById = new HashMap<>();
    private int projectRows;

    private int voterCol = -1;
    private int voteCol = -1;
    private int pointsCol = -1;
    private final Set<String> voterIds = new HashSet<>();
    private int voteRows;

    private Long minLength;
    private Long maxLength;
    private Long minPoints;
    private Long maxPoints;
    private Long minSumPoints;
    private Long maxSumPoints;
    private BigDecimal maxSumCost;

    private Validator() {
    }

    public static List<Problem> validate(Path file) {
        try (PbInput.Opened in = PbInput.open(file)) {
            Validator v = new Validator();
            if (in.warning() != null) {
                v.problem(in.warning().line(), in.warning().message());
            }
            return v.run(in.reader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws PbFormatException when the file's structure cannot be read at all */
    public static List<Problem> validate(Reader reader) {
        return new Validator().run(reader);
    }

    private List<Problem> run(Reader reader) {
        PbParser.parse(reader, this);
        problems.sort(Comparator.comparingInt(Problem::line));
        return List.copyOf(problems);
    }

    private void problem(int line, String message) {
        problems.add(new Problem(line, message));
    }

    @Override
    public void header(Section section, List<String> columns, int line) {
        switch (section) {
            case META -> metaTitleLine = line - 1;
            case PROJECTS -> {
                checkMeta();
                idCol = columns.indexOf("project_id");
                costCol = columns.indexOf("cost");
                if (idCol < 0) {
                    problem(line, "the PROJECTS header has no project_id column");
                }
                if (costCol < 0) {
                    problem(line, "the PROJECTS header has no cost column");
                }
            }
            case VOTES -> {
                voterCol = columns.indexOf("voter_id");
                voteCol = columns.indexOf("vote");
                pointsCol = columns.indexOf("points");
                if (voterCol < 0) {
                    problem(line, "the VOTES header has no voter_id column");
                }
                if (voteCol < 0) {
                    problem(line, "the VOTES header has no vote column");
                }
                if (voteType != null && voteType.usesPoints() && pointsCol < 0) {
                    problem(line, voteType.pabulibName() + " ballots need a points column");
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    @Override
    public void extraFields(Section section, int fields, int header, int line) {
        problem(line, "this row has " + fields + " fields but the " + section + " header names " + header);
    }

    @Override
    public void row(Section section, String[] fields, int line) {
        row(section, fields, fields.length, line);
    }

    @Override
    public void row(Section section, String[] fields, int present, int line) {
        if (section == Section.VOTES && voteCol >= 0 && present <= voteCol) {
            voteRows++;
            problem(line, "this vote row has no vote field");
            return;
        }
        switch (section) {
            case META -> {
                String key = fields[0].strip().toLowerCase(Locale.ROOT);
                if (metaLines.containsKey(key)) {
                    problem(line, "META key " + key + " appears twice (first on line " + metaLines.get(key) + ")");
                } else {
                    meta.put(key, fields.length > 1 ? fields[1] : "");
                    metaLines.put(key, line);
                }
            }
            case PROJECTS -> project(fields, line);
            case VOTES -> vote(fields, line);
            default -> throw new IllegalStateException();
        }
    }

    private void checkMeta() {
        for (String key : REQUIRED_META) {
            String v = meta.get(key);
            if (v == null) {
                problem(metaTitleLine, "META lacks the required key " + key);
            } else if (v.isBlank()) {
                problem(metaLines.get(key), "META key " + key + " is empty");
            }
        }
        for (String key : NUMERIC_META) {
            String v = meta.get(key);
            if (v != null && !v.isBlank()) {
                try {
                    Numbers.decimal(v);
                } catch (NumberFormatException e) {
                    problem(metaLines.get(key), "META " + key + " '" + v + "' is not a number");
                }
            }
        }
        String b = meta.get("budget");
        if (b != null && !b.isBlank()) {
            try {
                if (Numbers.decimal(b).signum() < 0) {
                    problem(metaLines.get("budget"), "the budget is negative");
                }
            } catch (NumberFormatException e) {
                problem(metaLines.get("budget"), "the budget '" + b + "' is not a number");
            }
        }
        String vt = meta.get("vote_type");
        if (vt != null && !vt.isBlank()) {
            voteType = VoteType.fromPabulib(vt).orElse(null);
            if (voteType == null) {
                problem(metaLines.get("vote_type"), "vote_type '" + vt
                        + "' is not one of approval, choose-1, cumulative, scoring, ordinal");
            }
        }
        minLength = metaWhole("min_length");
        maxLength = metaWhole("max_length");
        minPoints = metaWhole("min_points");
        maxPoints = metaWhole("max_points");
        minSumPoints = metaWhole("min_sum_points");
        maxSumPoints = metaWhole("max_sum_points");
        String msc = meta.get("max_sum_cost");
        try {
            maxSumCost = msc == null || msc.isBlank() ? null : Numbers.decimal(msc);
        } catch (NumberFormatException e) {
            maxSumCost = null;
        }
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
        if (idCol < 0) {
            return;
        }
        String id = fields[idCol];
        if (id.isEmpty()) {
            problem(line, "a project has an empty project_id");
            return;
        }
        BigDecimal cost = null;
        if (costCol >= 0) {
            try {
                cost = Numbers.decimal(fields[costCol]);
                if (cost.signum() < 0) {
                    problem(line, "project " + id + " has a negative cost");
                }
            } catch (NumberFormatException e) {
                problem(line, "the cost '" + fields[costCol] + "' of project " + id + " is not a number");
            }
        }
        if (costById.containsKey(id)) {
            problem(line, "duplicate project id " + id);
        } else {
            costById.put(id, cost == null ? BigDecimal.ZERO : cost);
        }
    }

    private void vote(String[] fields, int line) {
        voteRows++;
        if (voterCol >= 0) {
            String voter = fields[voterCol];
            if (voter.isEmpty()) {
                problem(line, "a vote has an empty voter_id");
            } else if (!voterIds.add(voter)) {
                problem(line, "duplicate voter id " + voter);
            }
        }
        if (voteCol < 0) {
            return;
        }
        String list = fields[voteCol];
        String[] parts = list.isEmpty() ? new String[0] : list.split(",", -1);
        Set<String> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (String part : parts) {
            String id = part.strip();
            if (id.isEmpty()) {
                problem(line, "the vote '" + list + "' has an empty project id");
                continue;
            }
            if (!seen.add(id)) {
                problem(line, "project " + id + " appears twice in this ballot");
            }
            BigDecimal cost = costById.get(id);
            if (cost == null) {
                problem(line, "vote for unknown project " + id);
            } else {
                total = total.add(cost);
            }
        }
        if (minLength != null && parts.length < minLength) {
            problem(line, "the ballot lists " + parts.length + " projects, fewer than min_length " + minLength);
        }
        if (maxLength != null && parts.length > maxLength) {
            problem(line, "the ballot lists " + parts.length + " projects, more than max_length " + maxLength);
        }
        if (maxSumCost != null && total.compareTo(maxSumCost) > 0) {
            problem(line, "the ballot's projects cost " + total.toPlainString() + ", more than max_sum_cost "
                    + maxSumCost.toPlainString());
        }
        if (pointsCol >= 0 && (voteType == null || voteType.usesPoints())) {
            points(fields[pointsCol], parts.length, line);
        }
    }

    private void points(String list, int projects, int line) {
        String[] parts = list.isEmpty() ? new String[0] : list.split(",", -1);
        if (parts.length != projects) {
            problem(line, "the ballot lists " + projects + " projects but " + parts.length + " points");
        }
        BigInteger sum = BigInteger.ZERO;
        for (String p : parts) {
            long v;
            try {
                v = Numbers.whole(p);
            } catch (NumberFormatException e) {
                problem(line, "the points '" + p.strip() + "' are not a whole number");
                continue;
            }
            if (v < 0) {
                problem(line, "negative points " + v);
            }
            if (maxPoints != null && v > maxPoints) {
                problem(line, v + " points for one project, more than max_points " + maxPoints);
            }
            if (minPoints != null && v < minPoints) {
                problem(line, v + " points for one project, fewer than min_points " + minPoints);
            }
            sum = sum.add(BigInteger.valueOf(v));
        }
        if (maxSumPoints != null && sum.compareTo(BigInteger.valueOf(maxSumPoints)) > 0) {
            problem(line, "the ballot gives " + sum + " points, more than max_sum_points " + maxSumPoints);
        }
        if (minSumPoints != null && sum.compareTo(BigInteger.valueOf(minSumPoints)) < 0) {
            problem(line, "the ballot gives " + sum + " points, fewer than min_sum_points " + minSumPoints);
        }
    }

    @Override
    public void end(int lastLine) {
        Long numProjects = metaWhole("num_projects");
        if (numProjects != null && numProjects != projectRows) {
            problem(metaLines.get("num_projects"), "META num_projects is " + numProjects + " but PROJECTS lists "
                    + projectRows);
        }
        Long numVotes = metaWhole("num_votes");
        if (numVotes != null && numVotes != voteRows) {
            problem(metaLines.get("num_votes"), "META num_votes is " + numVotes + " but VOTES lists " + voteRows);
        }
    }
}

package org.oursociety.budget.result.application;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oursociety.budget.ballot.domain.CastBallot;
import org.oursociety.budget.engine.pabulib.PbDocument;
import org.oursociety.budget.engine.pabulib.PbWriter;
import org.oursociety.budget.proposal.domain.Proposal;
import org.oursociety.budget.round.domain.BallotKind;
import org.oursociety.budget.round.domain.Round;

/**
 * The round's anonymised ballots as a Pabulib file, written by the engine's strict writer: META with
 * every field Pabulib's checker requires, the feasible projects (id = proposal id, cost in pounds, the
 * number of voters who chose it), and one line per voter under their random voter id (the receipt),
 * never a user id.
 */
public final class PabulibExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private PabulibExport() {
    }

    public static String write(Round round, String unitName, List<Proposal> projects, List<CastBallot> ballots,
                               LocalDate begin, LocalDate end) {
        Map<Long, Long> votes = new HashMap<>();
        for (CastBallot b : ballots) {
            b.choice().projects().forEach(p -> votes.merge(p, 1L, Long::sum));
        }
        BallotKind kind = round.ballot().kind();
        List<PbDocument.MetaEntry> meta = new ArrayList<>();
        meta.add(new PbDocument.MetaEntry("description", clean(round.title())));
        meta.add(new PbDocument.MetaEntry("country", "United Kingdom"));
        meta.add(new PbDocument.MetaEntry("unit", clean(unitName)));
        meta.add(new PbDocument.MetaEntry("instance", String.valueOf(end.getYear())));
        meta.add(new PbDocument.MetaEntry("num_projects", String.valueOf(projects.size())));
        meta.add(new PbDocument.MetaEntry("num_votes", String.valueOf(ballots.size())));
        meta.add(new PbDocument.MetaEntry("budget", String.valueOf(round.budget())));
        meta.add(new PbDocument.MetaEntry("vote_type", kind.pabulibVoteType()));
        meta.add(new PbDocument.MetaEntry("rule", round.rule()));
        meta.add(new PbDocument.MetaEntry("date_begin", DATE.format(begin)));
        meta.add(new PbDocument.MetaEntry("date_end", DATE.format(end)));
        switch (kind) {
            case APPROVAL, RANKED -> {
                meta.add(new PbDocument.MetaEntry("min_length", String.valueOf(round.ballot().min())));
                int max = round.ballot().max() == null ? projects.size() : round.ballot().max();
                meta.add(new PbDocument.MetaEntry("max_length", String.valueOf(Math.max(max, 1))));
            }
            case KNAPSACK -> {
                meta.add(new PbDocument.MetaEntry("min_length", String.valueOf(round.ballot().min())));
                if (round.ballot().max() != null) {
                    meta.add(new PbDocument.MetaEntry("max_length", String.valueOf(round.ballot().max())));
                }
                meta.add(new PbDocument.MetaEntry("max_sum_cost", String.valueOf(round.budget())));
            }
            case CUMULATIVE -> {
                meta.add(new PbDocument.MetaEntry("min_length", "1"));
                meta.add(new PbDocument.MetaEntry("max_sum_points", String.valueOf(round.ballot().points())));
            }
        }
        meta.add(new PbDocument.MetaEntry("language", "en"));
        meta.add(new PbDocument.MetaEntry("currency", "GBP"));
        meta.add(new PbDocument.MetaEntry("comment", "Published by Our Society. Voter ids are random per round;"
                + " a voter's receipt is their voter id."));

        List<List<String>> projectRows = new ArrayList<>();
        Map<Long, String> fileIds = new HashMap<>();
        for (Proposal p : projects) {
            fileIds.put(p.id(), p.fileProjectId());
            projectRows.add(List.of(p.fileProjectId(), String.valueOf(p.shownCost()),
                    String.valueOf(votes.getOrDefault(p.id(), 0L)), clean(p.title()), clean(p.category().orElse(""))));
        }
        boolean points = kind == BallotKind.CUMULATIVE;
        List<List<String>> voteRows = new ArrayList<>();
        for (CastBallot b : ballots) {
            StringBuilder vote = new StringBuilder();
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < b.choice().projects().size(); i++) {
                if (i > 0) {
                    vote.append(',');
                    pts.append(',');
                }
                vote.append(fileIds.get(b.choice().projects().get(i)));
                if (points) {
                    pts.append(b.choice().points().get(i));
                }
            }
            voteRows.add(points ? List.of(b.voterId(), vote.toString(), pts.toString())
                    : List.of(b.voterId(), vote.toString()));
        }
        PbDocument doc = new PbDocument(meta, List.of("project_id", "cost", "votes", "name", "category"), projectRows,
                points ? List.of("voter_id", "vote", "points") : List.of("voter_id", "vote"), voteRows);
        return PbWriter.toString(doc);
    }

    /** One line of text: no control characters, which the file's lines cannot hold. */
    static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\p{Cntrl}]+", " ").strip();
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}

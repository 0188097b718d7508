package org.oursociety.budget.result.infrastructure;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.oursociety.budget.engine.election.Election;
import org.oursociety.budget.engine.explain.Report;
import org.oursociety.budget.engine.pabulib.ElectionReader;
import org.oursociety.budget.engine.rules.Counter;
import org.oursociety.budget.engine.rules.Outcome;
import org.oursociety.budget.engine.rules.ProjectResult;
import org.oursociety.budget.engine.rules.RuleName;
import org.oursociety.budget.engine.rules.TieBreak;
import org.oursociety.budget.result.domain.Explanation;

/**
 * The one place budget-web calls the counting engine: it reads the published Pabulib text itself, so
 * the count is by construction the one {@code java -jar budget-engine.jar count} gives on the file.
 */
public final class EngineCount {

    /** One project as counted: its id in the file, cost in pounds, votes, and why. */
    public record Counted(String fileId, long cost, long votes, boolean funded, Integer order, Explanation explanation) {
    }

    /** The whole count. */
    public record Count(String rule, long budget, long spent, long voters, long votersWithFunded,
                        List<String> fundedInOrder, List<Counted> projects) {
    }

    private EngineCount() {
    }

    /** @throws IllegalArgumentException for a rule the engine does not know */
    public static Count count(String pabulib, String rule) {
        RuleName name = RuleName.parse(rule).orElseThrow(() -> new IllegalArgumentException(rule));
        Election election = ElectionReader.read(new StringReader(pabulib));
        Outcome outcome = Counter.count(election, name, TieBreak.DEFAULT);
        Report report = new Report("round", election, outcome);
        int[] order = new int[election.projectCount()];
        for (int i = 0; i < outcome.selected().size(); i++) {
            order[outcome.selected().get(i)] = i + 1;
        }
        long[] votes = votes(election);
        List<Counted> projects = new ArrayList<>();
        for (ProjectResult r : outcome.projects()) {
            var p = election.project(r.index());
            projects.add(new Counted(p.id(), pounds(election, p.cost()), votes[r.index()], r.selected(),
                    r.selected() ? order[r.index()] : null, explain(r, votes[r.index()])));
        }
        List<String> funded = outcome.selected().stream().map(i -> election.project(i).id()).toList();
        return new Count(name.pabulibName(), pounds(election, election.budget()), pounds(election, report.cost()),
                election.voters(), report.votersWithFundedProject(), funded, projects);
    }

    private static Explanation explain(ProjectResult r, long votes) {
        if (r.selected() && r.round() != null) {
            return new Explanation(Explanation.Kind.FUNDED_IN_ROUND, r.round(), r.price(), r.supportersShort(),
                    r.reason());
        }
        if (r.selected()) {
            return new Explanation(Explanation.Kind.FUNDED, null, null, null, r.reason());
        }
        if (votes == 0) {
            return new Explanation(Explanation.Kind.NO_VOTES, null, null, null, r.reason());
        }
        return new Explanation(Explanation.Kind.NOT_FUNDED, null, null, null, r.reason());
    }

    /** Voters who chose each project (whatever points or rank they gave it). */
    private static long[] votes(Election election) {
        long[] votes = new long[election.projectCount()];
        for (var b : election.ballots()) {
            for (int p : b.projects()) {
                votes[p] += b.weight();
            }
        }
        return votes;
    }

    private static long pounds(Election election, long units) {
        return java.math.BigDecimal.valueOf(units, election.moneyScale()).longValue();
    }
}

package org.oursociety.budget.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.oursociety.budget.engine.election.Ballot;
import org.oursociety.budget.engine.election.Election;
import org.oursociety.budget.engine.election.Money;
import org.oursociety.budget.engine.election.Warning;
import org.oursociety.budget.engine.rules.EqualSharesSummary;
import org.oursociety.budget.engine.rules.Explanation;
import org.oursociety.budget.engine.rules.Outcome;
import org.oursociety.budget.engine.rules.ProjectResult;

/**
 * A count by project id, for a page or an API: what {@link BudgetEngine#count} returns.
 *
 * @param rule                    the rule counted, by its documented name
 * @param budget                  the budget, exactly as given
 * @param spent                   what the funded projects cost together
 * @param voters                  how many voters cast a ballot (an empty ballot counts)
 * @param votersWithFundedProject voters with at least one funded project they voted for
 * @param funded                  ids of the funded projects in funding order (Equal Shares'
 *                                rounds, greedy's order, then any greedy completion)
 * @param projects                every project, in the election's order, with why
 * @param equalShares             how an Equal Shares count went (starting share, add1's final
 *                                share, comparison), or null for other rules
 * @param warnings                what reading the file worked around, by line
 */
public record Result(String rule, BigDecimal budget, BigDecimal spent, long voters, long votersWithFundedProject,
                     List<String> funded, List<ProjectOutcome> projects, EqualSharesSummary equalShares,
                     List<Warning> warnings) implements java.io.Serializable {

    public Result {
        funded = List.copyOf(funded);
        projects = List.copyOf(projects);
        warnings = List.copyOf(warnings);
    }

    /**
     * One project's outcome.
     *
     * @param votes       how many voters listed it
     * @param score       what ranked it for greedy: votes, points, or positional points (ordinal)
     * @param explanation why it was funded or not, as structured values to put into words
     */
    public record ProjectOutcome(String id, String name, BigDecimal cost, long votes, long score, boolean funded,
                                 Explanation explanation) implements java.io.Serializable {
    }

    public Optional<ProjectOutcome> project(String id) {
        return projects.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The ids-and-amounts view of an engine outcome. */
    public static Result of(Election e, Outcome outcome) {
        boolean[] isFunded = new boolean[e.projectCount()];
        long spent = 0;
        List<String> funded = new ArrayList<>();
        for (int p : outcome.selected()) {
            isFunded[p] = true;
            spent += e.project(p).cost();
            funded.add(e.project(p).id());
        }
        long happy = 0;
        for (Ballot b : e.ballots()) {
            for (int p : b.projects()) {
                if (isFunded[p]) {
                    happy += b.weight();
                    break;
                }
            }
        }
        List<ProjectOutcome> projects = new ArrayList<>();
        for (ProjectResult r : outcome.projects()) {
            var project = e.project(r.index());
            projects.add(new ProjectOutcome(project.id(), project.name(), Money.toDecimal(project.cost(), e.moneyScale()),
                    r.votes(), r.score(), r.selected(), r.explanation()));
        }
        return new Result(outcome.rule(), Money.toDecimal(e.budget(), e.moneyScale()),
                Money.toDecimal(spent, e.moneyScale()), e.voters(), happy, funded, projects, outcome.equalShares(),
                e.warnings());
    }
}

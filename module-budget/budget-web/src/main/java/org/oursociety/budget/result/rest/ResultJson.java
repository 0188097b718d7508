package org.oursociety.budget.result.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.oursociety.budget.result.application.ExplanationWords;
import org.oursociety.budget.result.domain.ProjectOutcome;
import org.oursociety.budget.result.domain.RoundResult;

/** The JSON of results: the stored count, or a what-if recount in the same shape. */
public final class ResultJson {

    private ResultJson() {
    }

    public record Project(long id, String title, long cost, long votes, boolean funded, Integer fundedOrder,
                          String explanation, String kind) {
    }

    public record Result(long round, String rule, long budget, long spent, long voters, long votersWithFunded,
                         List<Long> funded, List<Project> projects, String sha256, Instant countedAt, boolean whatIf) {

        public static Result of(RoundResult r, Locale locale) {
            return new Result(r.roundId(), r.rule(), r.budget(), r.spent(), r.voters(), r.votersWithFunded(), r.funded(),
                    r.projects().stream().map(p -> project(p, r.rule(), locale)).toList(), r.sha256(), r.countedAt(),
                    r.whatIf());
        }

        private static Project project(ProjectOutcome p, String rule, Locale locale) {
            return new Project(p.id(), p.title(), p.cost(), p.votes(), p.funded(), p.fundedOrder(),
                    ExplanationWords.say(p, rule, locale), p.explanation().kind().id());
        }
    }
}

package org.oursociety.budget.result.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oursociety.budget.result.application.ExplanationWords;
import org.oursociety.budget.result.domain.ProjectOutcome;
import org.oursociety.budget.result.domain.RoundResult;

/** The JSON of results: the stored count, or a what-if recount in the same shape. */
public final class ResultJson {

    private ResultJson() {
    }

    /**
     * @param explanation the reason in words, in the reader's language
     * @param why         the same as the engine's kind and facts (amounts in pounds), for programs
     */
    public record Project(long id, String title, long cost, long votes, boolean funded, Integer fundedOrder,
                          String explanation, Why why) {
    }

    public record Why(String kind, Map<String, String> facts) {
    }

    /** Equal Shares: each voter's starting share, the share the completion raised it to, and the words. */
    public record Shares(BigDecimal startingShare, BigDecimal perVoterShare, BigDecimal nextRunCost, String explanation) {
    }

    public record Result(long round, String rule, long budget, long spent, long voters, long votersWithFunded,
                         List<Long> funded, List<Project> projects, Shares equalShares, String sha256, Instant countedAt,
                         boolean whatIf) {

        public static Result of(RoundResult r, Locale locale, Map<String, String> titles) {
            Shares shares = r.shares() == null ? null : new Shares(r.shares().startingShare(), r.shares().perVoterShare(),
                    r.shares().nextRunCost(), ExplanationWords.shares(r.shares().startingShare(),
                    r.shares().perVoterShare(), r.shares().nextRunCost(), r.voters(), r.budget(), locale));
            return new Result(r.roundId(), r.rule(), r.budget(), r.spent(), r.voters(), r.votersWithFunded(), r.funded(),
                    r.projects().stream().map(p -> project(p, locale, titles)).toList(), shares, r.sha256(),
                    r.countedAt(), r.whatIf());
        }

        private static Project project(ProjectOutcome p, Locale locale, Map<String, String> titles) {
            return new Project(p.id(), p.title(), p.cost(), p.votes(), p.funded(), p.fundedOrder(),
                    ExplanationWords.say(p.explanation(), locale, titles),
                    new Why(p.explanation().kind(), p.explanation().facts()));
        }
    }
}

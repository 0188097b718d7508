package org.oursociety.budget.result.infrastructure;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.oursociety.budget.engine.BudgetEngine;
import org.oursociety.budget.engine.Result;
import org.oursociety.budget.engine.election.Election;
import org.oursociety.budget.engine.rules.EqualSharesSummary;
import org.oursociety.budget.engine.rules.Explanation.CompletionDidNotFit;
import org.oursociety.budget.engine.rules.Explanation.CompletionFunded;
import org.oursociety.budget.engine.rules.Explanation.CostsMoreThanBudget;
import org.oursociety.budget.engine.rules.Explanation.EqualSharesFunded;
import org.oursociety.budget.engine.rules.Explanation.EqualSharesNotFunded;
import org.oursociety.budget.engine.rules.Explanation.GreedyBelowThreshold;
import org.oursociety.budget.engine.rules.Explanation.GreedyDidNotFit;
import org.oursociety.budget.engine.rules.Explanation.GreedyFunded;
import org.oursociety.budget.engine.rules.Explanation.GreedyNotReached;
import org.oursociety.budget.engine.rules.Explanation.PhragmenDidNotFit;
import org.oursociety.budget.engine.rules.Explanation.PhragmenFunded;
import org.oursociety.budget.engine.rules.Fraction;
import org.oursociety.budget.engine.rules.Rule;
import org.oursociety.budget.result.domain.Explanation;

/**
 * The one place budget-web calls the counting engine: it reads the published Pabulib text itself
 * ({@link BudgetEngine#read}), so the count is by construction the one {@code java -jar
 * budget-engine.jar count} gives on the file, and turns the engine's structured explanations into the
 * module's {@link Explanation} facts (amounts in pounds).
 */
public final class EngineCount {

    /** One project as counted: its id in the file, cost in pounds, votes, and why. */
    public record Counted(String fileId, long cost, long votes, boolean funded, Integer order, Explanation explanation) {
    }

    /**
     * How Equal Shares went: each voter's share at the start (budget ÷ voters), the share the kept run
     * used (higher when the completion raised it), and what the next, refused, raise would have spent.
     */
    public record Shares(BigDecimal startingShare, BigDecimal perVoterShare, BigDecimal nextRunCost) {
    }

    /** The whole count. */
    public record Count(String rule, long budget, long spent, long voters, long votersWithFunded,
                        List<String> fundedInOrder, List<Counted> projects, Shares shares) {
    }

    private EngineCount() {
    }

    /** @throws IllegalArgumentException for a rule the engine does not know */
    public static Count count(String pabulib, String rule) {
        return count(pabulib, List.of(rule)).get(rule);
    }

    /**
     * The same file counted under several rules, read once: reading 100,000 ballots costs as much as
     * counting them under greedy, and the results page shows greedy beside the round's own rule.
     *
     * @throws IllegalArgumentException for a rule the engine does not know
     */
    public static Map<String, Count> count(String pabulib, List<String> rules) {
        List<Rule> named = rules.stream().map(r -> Rule.named(r).orElseThrow(() -> new IllegalArgumentException(r)))
                .toList();
        Election election = BudgetEngine.read(new StringReader(pabulib));
        Map<String, Count> counts = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            counts.put(rules.get(i), count(election, named.get(i)));
        }
        return counts;
    }

    private static Count count(Election election, Rule named) {
        Result result = BudgetEngine.count(election, named);
        Map<String, Integer> order = new LinkedHashMap<>();
        for (int i = 0; i < result.funded().size(); i++) {
            order.put(result.funded().get(i), i + 1);
        }
        List<Counted> projects = new ArrayList<>();
        for (Result.ProjectOutcome p : result.projects()) {
            projects.add(new Counted(p.id(), pounds(p.cost()), p.votes(), p.funded(), order.get(p.id()),
                    facts(p.explanation())));
        }
        EqualSharesSummary es = result.equalShares();
        Shares shares = es == null ? null : new Shares(money(es.startingShare()), money(es.perVoterBudget()),
                es.nextRunCost() == null ? null : money(es.nextRunCost()));
        return new Count(result.rule(), pounds(result.budget()), pounds(result.spent()), result.voters(),
                result.votersWithFundedProject(), result.funded(), projects, shares);
    }

    /** The engine's explanation as kind and facts. */
    static Explanation facts(org.oursociety.budget.engine.rules.Explanation why) {
        Map<String, String> f = new LinkedHashMap<>();
        Explanation inner = null;
        if (why instanceof CostsMoreThanBudget x) {
            f.put("cost", plain(x.cost()));
            f.put("budget", plain(x.budget()));
        } else if (why instanceof GreedyFunded x) {
            f.put("position", String.valueOf(x.position()));
            f.put("left", plain(x.left()));
            f.put("cost", plain(x.cost()));
        } else if (why instanceof GreedyDidNotFit x) {
            f.put("position", String.valueOf(x.position()));
            f.put("left", plain(x.left()));
            f.put("cost", plain(x.cost()));
        } else if (why instanceof GreedyNotReached x) {
            f.put("position", String.valueOf(x.position()));
            f.put("stoppedAt", x.stoppedAt());
        } else if (why instanceof GreedyBelowThreshold x) {
            f.put("score", String.valueOf(x.score()));
            f.put("threshold", String.valueOf(x.threshold()));
        } else if (why instanceof EqualSharesFunded x) {
            f.put("round", String.valueOf(x.round()));
            f.put("supporters", String.valueOf(x.supporters()));
            f.put("short", String.valueOf(x.supportersShort()));
            f.put("price", plain(x.pricePerVote()));
            f.put("perPoint", String.valueOf(x.perPoint()));
            f.put("paidByShort", plain(x.paidByShort()));
            f.put("cost", plain(x.cost()));
        } else if (why instanceof EqualSharesNotFunded x) {
            f.put("supporters", String.valueOf(x.supporters()));
            f.put("cost", plain(x.cost()));
            f.put("heldAtStart", plain(x.heldAtStart()));
            f.put("heldAtEnd", plain(x.heldAtEnd()));
            f.put("nearMiss", String.valueOf(x.nearMiss()));
            f.put("shortfall", plain(x.shortfall()));
            if (x.ranOut() != null) {
                f.put("ranOutRound", String.valueOf(x.ranOut().round()));
                f.put("ranOutAfter", x.ranOut().after());
                f.put("heldBefore", plain(x.ranOut().heldBefore()));
                f.put("heldAfter", plain(x.ranOut().heldAfter()));
            }
            StringJoiner spent = new StringJoiner(",");
            x.spentOn().forEach(pay -> spent.add(pay.project() + ":" + plain(pay.amount())));
            f.put("spentOn", spent.toString());
        } else if (why instanceof CompletionFunded x) {
            f.put("left", plain(x.left()));
            f.put("cost", plain(x.cost()));
            inner = facts(x.equalShares());
        } else if (why instanceof CompletionDidNotFit x) {
            f.put("left", plain(x.left()));
            f.put("cost", plain(x.cost()));
            inner = facts(x.equalShares());
        } else if (why instanceof PhragmenFunded x) {
            f.put("round", String.valueOf(x.round()));
        } else if (why instanceof PhragmenDidNotFit x) {
            f.put("round", String.valueOf(x.round()));
            f.put("left", plain(x.left()));
            f.put("cost", plain(x.cost()));
        }
        return new Explanation(why.kind(), f, inner);
    }

    /** Pounds to two places, without a trailing ".00" for whole amounts. */
    static String plain(Fraction amount) {
        return money(amount).toPlainString();
    }

    private static BigDecimal money(Fraction amount) {
        BigDecimal d = amount.toDecimal(2);
        return d.stripTrailingZeros().scale() <= 0 ? d.setScale(0, RoundingMode.UNNECESSARY) : d;
    }

    private static long pounds(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}

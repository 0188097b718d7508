package org.oursociety.budget.result.application;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.oursociety.budget.platform.BudgetText;
import org.oursociety.budget.result.domain.Explanation;

/**
 * A project's explanation in words a resident understands, in pounds, in English or Welsh, as
 * equalshares.net explains its results: the round it was funded in and what each supporter paid; or
 * what its supporters held, when their money ran out and which funded projects it went to; near misses
 * said as such.
 */
public final class ExplanationWords {

    private ExplanationWords() {
    }

    /**
     * @param titles project titles by their id in the published file, to name the projects money went to
     */
    public static String say(Explanation e, Locale locale, Map<String, String> titles) {
        ResourceBundle words = ResourceBundle.getBundle(BudgetText.BUNDLE, locale);
        return switch (e.kind()) {
            case "no-supporters" -> format(words, locale, "explain.no-supporters");
            case "over-budget" -> format(words, locale, "explain.over-budget", money(e, "cost"), money(e, "budget"));
            case "greedy.funded" -> format(words, locale, "explain.greedy.funded", num(e, "position"), money(e, "left"),
                    money(e, "cost"));
            case "greedy.did-not-fit" -> format(words, locale, "explain.greedy.did-not-fit", num(e, "position"),
                    money(e, "left"), money(e, "cost"));
            case "greedy.not-reached" -> format(words, locale, "explain.greedy.not-reached", num(e, "position"),
                    titles.getOrDefault(e.get("stoppedAt"), e.get("stoppedAt")));
            case "greedy.below-threshold" -> format(words, locale, "explain.greedy.below-threshold", num(e, "score"),
                    num(e, "threshold"));
            case "equalshares.funded" -> fundedByShares(e, words, locale);
            case "equalshares.not-funded" -> notFundedByShares(e, words, locale, titles);
            case "completion.funded" -> format(words, locale, "explain.completion.funded", money(e, "left"),
                    money(e, "cost")) + (e.inner() == null ? "" : " " + say(e.inner(), locale, titles));
            case "completion.did-not-fit" -> (e.inner() == null ? "" : say(e.inner(), locale, titles) + " ")
                    + format(words, locale, "explain.completion.did-not-fit", money(e, "left"), money(e, "cost"));
            case "phragmen.funded" -> format(words, locale, "explain.phragmen.funded", num(e, "round"));
            case "phragmen.did-not-fit" -> format(words, locale, "explain.phragmen.did-not-fit", num(e, "round"),
                    money(e, "left"), money(e, "cost"));
            default -> e.kind();
        };
    }

    private static String fundedByShares(Explanation e, ResourceBundle words, Locale locale) {
        String s = format(words, locale, Boolean.parseBoolean(e.get("perPoint")) ? "explain.equalshares.funded-per-point"
                : "explain.equalshares.funded", num(e, "round"), num(e, "supporters"), money(e, "price"));
        if (num(e, "short") > 0) {
            s += " " + format(words, locale, "explain.equalshares.short", num(e, "short"), money(e, "paidByShort"));
        }
        return s;
    }

    private static String notFundedByShares(Explanation e, ResourceBundle words, Locale locale,
                                            Map<String, String> titles) {
        StringBuilder s = new StringBuilder(format(words, locale, "explain.equalshares.not-funded",
                num(e, "supporters"), money(e, "heldAtStart"), money(e, "cost")));
        if (e.fact("ranOutRound").isPresent()) {
            s.append(' ').append(format(words, locale, "explain.equalshares.ran-out", num(e, "ranOutRound"),
                    titles.getOrDefault(e.get("ranOutAfter"), e.get("ranOutAfter")), money(e, "heldAfter")));
        } else {
            s.append(' ').append(format(words, locale, "explain.equalshares.never-enough", money(e, "shortfall")));
        }
        List<String> went = new ArrayList<>();
        for (String payment : e.get("spentOn").split(",")) {
            int colon = payment.lastIndexOf(':');
            if (colon > 0) {
                String id = payment.substring(0, colon);
                went.add(format(words, locale, "explain.equalshares.payment", titles.getOrDefault(id, id),
                        new BigDecimal(payment.substring(colon + 1))));
            }
        }
        if (!went.isEmpty()) {
            s.append(' ').append(format(words, locale, "explain.equalshares.went-to", String.join(", ", went)));
        }
        if (Boolean.parseBoolean(e.get("nearMiss"))) {
            s.append(' ').append(format(words, locale, "explain.equalshares.near-miss"));
        }
        return s.toString();
    }

    /** The Equal Shares summary: each voter's starting share and, when the completion raised it, to what. */
    public static String shares(BigDecimal startingShare, BigDecimal perVoterShare, BigDecimal nextRunCost, long voters,
                                long budget, Locale locale) {
        ResourceBundle words = ResourceBundle.getBundle(BudgetText.BUNDLE, locale);
        String s = format(words, locale, "explain.shares.start", startingShare, budget, voters);
        if (perVoterShare.compareTo(startingShare) > 0) {
            s += " " + format(words, locale, "explain.shares.raised", perVoterShare);
            if (nextRunCost != null) {
                s += " " + format(words, locale, "explain.shares.next", nextRunCost);
            }
        }
        return s;
    }

    private static String format(ResourceBundle words, Locale locale, String key, Object... args) {
        String pattern = words.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private static BigDecimal money(Explanation e, String key) {
        return e.fact(key).map(BigDecimal::new).orElse(BigDecimal.ZERO);
    }

    private static long num(Explanation e, String key) {
        return e.fact(key).map(Long::parseLong).orElse(0L);
    }
}

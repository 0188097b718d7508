package org.oursociety.budget.result.application;

import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.oursociety.budget.platform.BudgetText;
import org.oursociety.budget.result.domain.Explanation;
import org.oursociety.budget.result.domain.ProjectOutcome;

/** A project's explanation in words a resident understands, in pounds, in English or Welsh. */
public final class ExplanationWords {

    private ExplanationWords() {
    }

    public static String say(ProjectOutcome project, String rule, Locale locale) {
        ResourceBundle words = ResourceBundle.getBundle(BudgetText.BUNDLE, locale);
        Explanation e = project.explanation();
        return switch (e.kind()) {
            case FUNDED_IN_ROUND -> {
                String s = format(words, "explain.funded-in-round", locale, e.round(),
                        e.price() == null ? "0.00" : e.price().setScale(2, RoundingMode.HALF_EVEN).toPlainString());
                if (e.supportersShort().isPresent()) {
                    s += " " + format(words, "explain.short", locale, e.supportersShort().get());
                }
                yield s;
            }
            case FUNDED -> rule.startsWith("equalshares")
                    ? format(words, "explain.funded-completion", locale, project.votes())
                    : format(words, "explain.funded-greedy", locale, project.votes(), project.fundedOrder());
            case NO_VOTES -> format(words, "explain.no-votes", locale);
            case NOT_FUNDED -> rule.startsWith("equalshares")
                    ? format(words, "explain.not-funded-shares", locale, project.votes(), project.cost())
                    : format(words, "explain.not-funded-greedy", locale, project.votes(), project.cost());
        };
    }

    private static String format(ResourceBundle words, String key, Locale locale, Object... args) {
        return new MessageFormat(words.getString(key), locale).format(args);
    }
}

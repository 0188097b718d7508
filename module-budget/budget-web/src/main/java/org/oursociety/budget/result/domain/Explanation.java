package org.oursociety.budget.result.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Why the count funded a project or not, as facts (a kind and its numbers in pounds) that pages and
 * the API put into words in the reader's language. {@code engineText} keeps the engine's own English
 * sentence for the kinds the module does not word itself.
 *
 * @param round  the Equal Shares round it was funded in
 * @param price  what each supporter paid (pounds; per point for cumulative ballots)
 * @param short_ supporters who had less than the price left and paid all they had
 */
public record Explanation(Kind kind, Integer round, BigDecimal price, Long short_, String engineText) {

    public enum Kind {
        /** Funded by Equal Shares in a round, its supporters paying an equal share each. */
        FUNDED_IN_ROUND,
        /** Funded by a rule that takes projects by votes (greedy) or a completion step. */
        FUNDED,
        /** Nobody voted for it. */
        NO_VOTES,
        /** Supported, but its supporters' money (Equal Shares) or the budget left (greedy) fell short. */
        NOT_FUNDED;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Stored as one line: kind|round|price|short|engine text. */
    public String encode() {
        return kind.name() + "|" + (round == null ? "" : round) + "|" + (price == null ? "" : price.toPlainString())
                + "|" + (short_ == null ? "" : short_) + "|" + (engineText == null ? "" : engineText);
    }

    public static Explanation decode(String stored) {
        String[] f = stored.split("\\|", 5);
        return new Explanation(Kind.valueOf(f[0]), f[1].isEmpty() ? null : Integer.valueOf(f[1]),
                f[2].isEmpty() ? null : new BigDecimal(f[2]), f[3].isEmpty() ? null : Long.valueOf(f[3]),
                f.length > 4 && !f[4].isEmpty() ? f[4] : null);
    }

    public Optional<Long> supportersShort() {
        return Optional.ofNullable(short_).filter(s -> s > 0);
    }
}

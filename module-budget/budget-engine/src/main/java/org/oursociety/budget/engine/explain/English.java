package org.oursociety.budget.engine.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.oursociety.budget.engine.election.Election;
import org.oursociety.budget.engine.rules.EqualSharesSummary;
import org.oursociety.budget.engine.rules.Explanation;
import org.oursociety.budget.engine.rules.Fraction;

/**
 * The engine's structured explanations in English words, for the command line. Amounts the
 * file states (costs, the budget, what was left) are shown exactly; amounts Equal Shares
 * computes (prices, what supporters held) to two decimal places.
 */
public final class English {
    private English() {
    }

    /** One line saying why: the {@code reason} of the JSON output and the text table. */
    public static String reason(Election e, Explanation why) {
        if (why instanceof Explanation.NoSupporters) {
            return "nobody voted for it";
        }
        if (why instanceof Explanation.CostsMoreThanBudget x) {
            return "it costs " + exact(e, x.cost()) + ", more than the whole budget of " + exact(e, x.budget());
        }
        if (why instanceof Explanation.GreedyFunded x) {
            return "funded: " + exact(e, x.left()) + " left when its turn came, it costs " + exact(e, x.cost());
        }
        if (why instanceof Explanation.GreedyDidNotFit x) {
            return exact(e, x.left()) + " left when its turn came, it costs " + exact(e, x.cost());
        }
        if (why instanceof Explanation.GreedyNotReached x) {
            return "not reached: counting stopped at project " + x.stoppedAt() + ", which did not fit";
        }
        if (why instanceof Explanation.GreedyBelowThreshold x) {
            return "below the threshold of " + x.threshold() + " (score " + x.score() + ")";
        }
        if (why instanceof Explanation.EqualSharesFunded x) {
            String paid = x.cost().signum() == 0 ? "it costs nothing"
                    : "each supporter paid " + rounded(x.pricePerVote()) + (x.perPoint() ? " per point" : "");
            String shortNote = x.supportersShort() > 0
                    ? " (" + x.supportersShort() + " of them held less and paid all they had left)" : "";
            return "funded in round " + x.round() + " of Equal Shares: " + paid + shortNote;
        }
        if (why instanceof Explanation.EqualSharesNotFunded x) {
            return "its supporters held only " + rounded(x.heldAtEnd()) + " of its cost " + exact(e, x.cost())
                    + " under Equal Shares";
        }
        if (why instanceof Explanation.CompletionFunded x) {
            return "funded by greedy completion: " + exact(e, x.left()) + " left when its turn came, it costs "
                    + exact(e, x.cost()) + "; under Equal Shares " + reason(e, x.equalShares());
        }
        if (why instanceof Explanation.CompletionDidNotFit x) {
            return reason(e, x.equalShares()) + "; then " + exact(e, x.left()) + " left for greedy completion, it costs "
                    + exact(e, x.cost());
        }
        if (why instanceof Explanation.PhragmenFunded x) {
            return "funded in round " + x.round() + " of sequential Phragmén: its supporters' load rose to "
                    + x.load().toDecimal(e.moneyScale() + 2).toPlainString();
        }
        if (why instanceof Explanation.PhragmenDidNotFit x) {
            return exact(e, x.left()) + " left after round " + x.round() + ", it costs " + exact(e, x.cost());
        }
        throw new IllegalArgumentException("no words for " + why.kind());
    }

    /**
     * The fuller account the text report gives: the reason, then for Equal Shares what the
     * supporters paid, or when and where their money went and how short they fell.
     */
    public static String detail(Election e, Explanation why) {
        if (why instanceof Explanation.EqualSharesFunded x && x.cost().signum() > 0) {
            StringBuilder sb = new StringBuilder(reason(e, why));
            sb.append("; ").append(x.supporters()).append(x.supporters() == 1 ? " supporter" : " supporters")
                    .append(" paid ").append(exact(e, x.cost())).append(" together (")
                    .append(rounded(x.effectiveVotes())).append(x.perPoint() ? " points" : " effective votes")
                    .append(" at that price)");
            if (x.supportersShort() > 0) {
                sb.append("; those who paid all they had gave ").append(rounded(x.paidByShort()));
            }
            return sb.toString();
        }
        if (why instanceof Explanation.EqualSharesNotFunded x) {
            StringBuilder sb = new StringBuilder();
            if (x.nearMiss()) {
                sb.append("near miss: ");
            }
            sb.append(reason(e, why));
            if (x.ranOut() == null) {
                sb.append("; its ").append(x.supporters()).append(x.supporters() == 1 ? " supporter" : " supporters")
                        .append(" held only ").append(rounded(x.heldAtStart())).append(" from the start");
            } else {
                Explanation.RanOut r = x.ranOut();
                sb.append("; their money ran out in round ").append(r.round()).append(", when ").append(r.after())
                        .append(" was funded: they held ").append(rounded(r.heldBefore())).append(" before and ")
                        .append(rounded(r.heldAfter())).append(" after, ").append(rounded(x.shortfall())).append(" short");
            }
            if (!x.spentOn().isEmpty()) {
                List<Explanation.Payment> top = new ArrayList<>(x.spentOn());
                top.sort(Comparator.comparing(Explanation.Payment::amount).reversed());
                sb.append("; it went to ");
                for (int i = 0; i < Math.min(3, top.size()); i++) {
                    sb.append(i > 0 ? ", " : "").append(top.get(i).project()).append(" (")
                            .append(rounded(top.get(i).amount())).append(')');
                }
                if (top.size() > 3) {
                    sb.append(" and ").append(top.size() - 3).append(" more");
                }
            }
            if (x.fundedAtNextShare()) {
                sb.append("; a slightly higher share for every voter would have funded it, but that outcome"
                        + " cost more than the budget");
            }
            return sb.toString();
        }
        if (why instanceof Explanation.CompletionFunded x) {
            return "funded by greedy completion: " + exact(e, x.left()) + " left when its turn came, it costs "
                    + exact(e, x.cost()) + "; under Equal Shares " + detail(e, x.equalShares());
        }
        if (why instanceof Explanation.CompletionDidNotFit x) {
            return detail(e, x.equalShares()) + "; then " + exact(e, x.left()) + " left for greedy completion, it costs "
                    + exact(e, x.cost());
        }
        return reason(e, why);
    }

    /** How Equal Shares set each voter's share, in a sentence. */
    public static String shares(Election e, EqualSharesSummary s) {
        StringBuilder sb = new StringBuilder("each voter started with ").append(share(e, s.perVoterBudget()));
        if (s.raised()) {
            sb.append(", raised by add1 from ").append(share(e, s.startingShare())).append(" (budget ÷ voters) in ")
                    .append(s.runs()).append(" runs");
        } else {
            sb.append(" (budget ÷ voters)");
            if (s.runs() > 1) {
                sb.append("; add1 tried ").append(s.runs() - 1).append(" higher shares and kept none");
            }
        }
        if (s.nextPerVoterBudget() != null) {
            sb.append("; at ").append(share(e, s.nextPerVoterBudget())).append(" each, Equal Shares would have spent ")
                    .append(exact(e, s.nextRunCost())).append(", more than the budget");
        }
        return sb.toString();
    }

    /** The comparison step's verdict in a sentence. */
    public static String comparison(EqualSharesSummary.Comparison c) {
        return c.greedyStands()
                ? c.preferGreedy() + " voters prefer the greedy outcome and " + c.preferEqualShares()
                        + " the Equal Shares outcome, so the greedy outcome stands"
                : c.preferEqualShares() + " voters prefer the Equal Shares outcome and " + c.preferGreedy()
                        + " the greedy outcome, so the Equal Shares outcome stands";
    }

    /** An amount in the file's own precision (exact for costs, budgets and what was left). */
    static String exact(Election e, Fraction amount) {
        return amount.toDecimal(e.moneyScale()).toPlainString();
    }

    /** An amount computed by Equal Shares, to two decimal places. */
    static String rounded(Fraction amount) {
        return amount.toDecimal(2).toPlainString();
    }

    /** A per-voter amount: exact where it is short, else to six places, without trailing zeros. */
    static String share(Election e, Fraction amount) {
        BigDecimal d = amount.toDecimal(e.moneyScale() + 6).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
    }
}

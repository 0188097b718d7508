package org.oursociety.budget.engine.rules;

import java.util.List;

/**
 * How an Equal Shares count went. Money in the election's currency units, exact.
 *
 * @param startingShare   budget ÷ voters: each voter's share before any completion
 * @param perVoterBudget  the share each voter started with in the run that was kept; above
 *                        startingShare when add1 raised it
 * @param runs            how many Equal Shares runs the count made (1 without add1)
 * @param nextPerVoterBudget the share of the first add1 run that was not kept, or null
 * @param nextRunCost     what that run would have spent, more than the budget, or null
 * @param completionAdded ids of the projects greedy completion funded after Equal Shares, in order
 * @param comparison      the comparison step's tally, or null without that step
 */
public record EqualSharesSummary(Fraction startingShare, Fraction perVoterBudget, long voters, int runs,
                                 Fraction nextPerVoterBudget, Fraction nextRunCost,
                                 List<String> completionAdded, Comparison comparison) implements java.io.Serializable {

    public EqualSharesSummary {
        completionAdded = List.copyOf(completionAdded);
    }

    /** Whether add1 completion raised each voter's share above budget ÷ voters. */
    public boolean raised() {
        return perVoterBudget.compareTo(startingShare) > 0;
    }

    /** perVoterBudget × voters. */
    public Fraction virtualBudget() {
        return perVoterBudget.multiply(voters);
    }

    /**
     * equalshares.net's comparison step: each voter prefers the outcome that funds more of the
     * projects they voted for; greedy's outcome stands only if more voters prefer it.
     */
    public record Comparison(long preferEqualShares, long preferGreedy) implements java.io.Serializable {
        public boolean greedyStands() {
            return preferGreedy > preferEqualShares;
        }
    }
}

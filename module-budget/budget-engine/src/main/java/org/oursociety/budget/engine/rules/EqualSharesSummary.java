package org.oursociety.budget.engine.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * How an Equal Shares count went.
 *
 * @param perVoterBudget  the money each voter started with in the run that was kept
 *                        (B/n, or more once add1 completion raised it)
 * @param virtualBudget   that amount times the number of voters
 * @param runs            how many Equal Shares runs the completion needed
 * @param completionAdded projects funded by greedy completion after Equal Shares
 * @param comparison      the comparison step's verdict, or null
 */
public record EqualSharesSummary(BigDecimal perVoterBudget, BigDecimal virtualBudget, int runs,
                                 List<Integer> completionAdded, String comparison) {
}

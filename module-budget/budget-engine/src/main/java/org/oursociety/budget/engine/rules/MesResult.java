package org.oursociety.budget.engine.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * One Equal Shares run with a given virtual budget.
 *
 * @param order        funded projects in funding order
 * @param round        per project, the round it was funded in (1-based), 0 if not funded
 * @param price        per project, the price per unit of utility (rho), null if not funded
 * @param short_       per project, voters who paid less than the full price
 * @param moneyBehind  per unfunded project, what its supporters held when the run ended
 * @param zeroedIn     per ballot group, the round in which it was left with nothing (it paid all
 *                     it had, less than or exactly the price), 0 if never
 * @param exact        whether the run needed exact rational arithmetic to settle a near tie
 */
record MesResult(List<Integer> order, int[] round, BigDecimal[] price, long[] short_, BigDecimal[] moneyBehind,
                 int[] zeroedIn, long virtualBudget, boolean exact) {

    long cost(long[] cost) {
        long total = 0;
        for (int p : order) {
            total += cost[p];
        }
        return total;
    }
}

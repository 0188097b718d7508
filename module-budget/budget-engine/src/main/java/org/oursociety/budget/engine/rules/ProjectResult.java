package org.oursociety.budget.engine.rules;

import java.math.BigDecimal;

/**
 * What a rule decided about one project, and why.
 *
 * @param explanation     why, as structured values ({@link Explanation})
 * @param round           Equal Shares or Phragmén round in which it was funded, else null
 * @param price           Equal Shares: what each supporter who could afford it paid (per
 *                        point for cumulative and scoring ballots), rounded to two places
 *                        beyond the file's own, else null
 * @param supportersShort Equal Shares: voters who held less than the price and paid all
 *                        they had left, else null
 */
public record ProjectResult(int index, long score, long votes, boolean selected, Explanation explanation,
                            Integer round, BigDecimal price, Long supportersShort) {

    static ProjectResult of(int index, long score, long votes, boolean selected, Explanation explanation) {
        return new ProjectResult(index, score, votes, selected, explanation, null, null, null);
    }
}

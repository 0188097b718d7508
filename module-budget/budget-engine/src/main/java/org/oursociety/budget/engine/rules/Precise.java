package org.oursociety.budget.engine.rules;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * 50-digit decimals with a bound on their error, for the Equal Shares prices: precise enough
 * that the bound stays far below what doubles can tell apart, cheap enough to use each round.
 *
 * @param b0  the start budget per voter
 * @param err a bound on |b0 - exact|
 */
record Precise(BigDecimal b0, double err) {
    static final MathContext MC = new MathContext(50);
    /** Relative rounding error of one operation in MC. */
    static final double ULP = 1e-49;

    record Value(BigDecimal value, double err) {
    }

    static Precise start(long virtualBudget, long voters) {
        if (voters == 0) {
            return new Precise(BigDecimal.ZERO, 0);
        }
        BigDecimal b0 = BigDecimal.valueOf(virtualBudget).divide(BigDecimal.valueOf(voters), MC);
        return new Precise(b0, 2 * ULP * b0.doubleValue());
    }
}

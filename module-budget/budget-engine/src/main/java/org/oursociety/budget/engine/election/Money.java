package org.oursociety.budget.engine.election;

import java.math.BigDecimal;

/** Formats amounts held as integers in units of 10^-scale. */
public final class Money {
    private Money() {
    }

    public static String format(long amount, int scale) {
        return BigDecimal.valueOf(amount, scale).toPlainString();
    }

    public static BigDecimal toDecimal(long amount, int scale) {
        return BigDecimal.valueOf(amount, scale);
    }
}

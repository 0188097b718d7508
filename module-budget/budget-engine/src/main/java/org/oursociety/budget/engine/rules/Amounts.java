package org.oursociety.budget.engine.rules;

import java.math.BigInteger;

import org.oursociety.budget.engine.election.Election;

/** Money held in the election's integer units, as exact amounts in its currency units. */
final class Amounts {
    private Amounts() {
    }

    static Fraction of(Election e, long units) {
        return Fraction.of(BigInteger.valueOf(units), BigInteger.TEN.pow(e.moneyScale()));
    }

    static Fraction of(Election e, Fraction units) {
        return e.moneyScale() == 0 ? units : units.multiply(Fraction.of(BigInteger.ONE, BigInteger.TEN.pow(e.moneyScale())));
    }
}

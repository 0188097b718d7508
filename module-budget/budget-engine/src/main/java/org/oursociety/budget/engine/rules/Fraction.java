package org.oursociety.budget.engine.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact rational number, always in lowest terms with a positive denominator. The engine
 * counts with it wherever a decision or an explanation must be exact (Equal Shares' prices,
 * what supporters held and paid, Phragmén's loads); amounts of money in explanations are
 * Fractions in the election's currency units, so a page or the command line rounds them only
 * when it shows them.
 */
public final class Fraction implements Comparable<Fraction>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    private final BigInteger num;
    private final BigInteger den;

    private Fraction(BigInteger num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    public static Fraction of(long value) {
        return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
    }

    public static Fraction of(long num, long den) {
        return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }

    public static Fraction of(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        if (num.signum() == 0) {
            return ZERO;
        }
        return new Fraction(num, den);
    }

    /** The exact value of a decimal, e.g. 1250.50 is 2501/2. */
    public static Fraction of(BigDecimal value) {
        if (value.scale() <= 0) {
            return of(value.toBigIntegerExact(), BigInteger.ONE);
        }
        return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    public Fraction add(Fraction o) {
        if (den.equals(o.den)) {
            return of(num.add(o.num), den);
        }
        return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    public Fraction subtract(Fraction o) {
        if (den.equals(o.den)) {
            return of(num.subtract(o.num), den);
        }
        return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    public Fraction multiply(long k) {
        return of(num.multiply(BigInteger.valueOf(k)), den);
    }

    public Fraction multiply(Fraction o) {
        return of(num.multiply(o.num), den.multiply(o.den));
    }

    public Fraction divide(long k) {
        return of(num, den.multiply(BigInteger.valueOf(k)));
    }

    public Fraction divide(Fraction o) {
        return of(num.multiply(o.den), den.multiply(o.num));
    }

    public Fraction negate() {
        return num.signum() == 0 ? this : new Fraction(num.negate(), den);
    }

    public Fraction min(Fraction o) {
        return compareTo(o) <= 0 ? this : o;
    }

    public Fraction max(Fraction o) {
        return compareTo(o) >= 0 ? this : o;
    }

    public boolean isWhole() {
        return den.equals(BigInteger.ONE);
    }

    public int signum() {
        return num.signum();
    }

    public BigInteger numerator() {
        return num;
    }

    public BigInteger denominator() {
        return den;
    }

    public double doubleValue() {
        return new BigDecimal(num).divide(new BigDecimal(den), MathContext.DECIMAL64).doubleValue();
    }

    /** Rounded half-even to {@code scale} decimal places. */
    public BigDecimal toDecimal(int scale) {
        return new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.HALF_EVEN);
    }

    /**
     * The exact decimal when the denominator has no prime factor but 2 and 5 (a whole amount,
     * 1250.5, 0.125), else the value rounded half-even to {@code scale} places.
     */
    public BigDecimal toDecimalExactOr(int scale) {
        BigInteger d = den;
        int twos = d.getLowestSetBit();
        d = d.shiftRight(twos);
        int fives = 0;
        BigInteger five = BigInteger.valueOf(5);
        while (d.mod(five).signum() == 0) {
            d = d.divide(five);
            fives++;
        }
        if (d.equals(BigInteger.ONE)) {
            return plain(new BigDecimal(num).divide(new BigDecimal(den), Math.max(twos, fives), RoundingMode.UNNECESSARY));
        }
        return toDecimal(scale);
    }

    private static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** A deserialized fraction is checked and brought to lowest terms like any other. */
    private Object readResolve() {
        return of(num, den);
    }

    @Override
    public int compareTo(Fraction o) {
        if (den.equals(o.den)) {
            return num.compareTo(o.num);
        }
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction f && num.equals(f.num) && den.equals(f.den);
    }

    @Override
    public int hashCode() {
        return 31 * num.hashCode() + den.hashCode();
    }

    @Override
    public String toString() {
        return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
    }
}

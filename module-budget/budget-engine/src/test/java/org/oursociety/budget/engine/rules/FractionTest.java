package org.oursociety.budget.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.junit.jupiter.api.Test;

/** Fraction carries every exact price and amount: it must stay in lowest terms and never round. */
class FractionTest {
    @Test
    void isAlwaysInLowestTermsWithAPositiveDenominator() {
        Fraction f = Fraction.of(6, -8);
        assertThat(f.numerator()).isEqualTo(BigInteger.valueOf(-3));
        assertThat(f.denominator()).isEqualTo(BigInteger.valueOf(4));
        assertThat(Fraction.of(2, 4)).isEqualTo(Fraction.of(1, 2)).hasSameHashCodeAs(Fraction.of(1, 2));
        assertThat(Fraction.of(0, 7)).isSameAs(Fraction.ZERO);
        assertThat(Fraction.of(0, -7).denominator()).isEqualTo(BigInteger.ONE);
        assertThat(Fraction.of(5).toString()).isEqualTo("5");
        assertThat(Fraction.of(-1, 3).toString()).isEqualTo("-1/3");
    }

    @Test
    void arithmeticIsExact() {
        Fraction third = Fraction.of(1, 3);
        assertThat(third.add(third).add(third)).isEqualTo(Fraction.of(1));
        assertThat(Fraction.of(1, 2).subtract(third)).isEqualTo(Fraction.of(1, 6));
        assertThat(third.multiply(Fraction.of(3, 5))).isEqualTo(Fraction.of(1, 5));
        assertThat(third.multiply(6)).isEqualTo(Fraction.of(2));
        assertThat(third.divide(Fraction.of(2, 3))).isEqualTo(Fraction.of(1, 2));
        assertThat(Fraction.of(7).divide(2)).isEqualTo(Fraction.of(7, 2));
        assertThat(third.negate()).isEqualTo(Fraction.of(-1, 3));
        assertThat(Fraction.ZERO.negate()).isSameAs(Fraction.ZERO);
        // A hundred thirds of a penny are not rounded on the way.
        Fraction sum = Fraction.ZERO;
        for (int i = 0; i < 100; i++) {
            sum = sum.add(Fraction.of(1, 300));
        }
        assertThat(sum).isEqualTo(third);
    }

    @Test
    void divisionByZeroIsRefused() {
        assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Fraction.of(1).divide(0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Fraction.of(1).divide(Fraction.ZERO)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void comparesWithoutRounding() {
        Fraction a = Fraction.of(1_000_000_000_001L, 3_000_000_000_000L);
        Fraction b = Fraction.of(1, 3);
        assertThat(a).isGreaterThan(b);
        assertThat(a.doubleValue()).isEqualTo(b.doubleValue(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(b.compareTo(Fraction.of(2, 6))).isZero();
        assertThat(a.max(b)).isSameAs(a);
        assertThat(a.min(b)).isSameAs(b);
        assertThat(Fraction.of(-1, 2).signum()).isNegative();
        assertThat(Fraction.of(4, 2).isWhole()).isTrue();
        assertThat(b.isWhole()).isFalse();
    }

    @Test
    void readsDecimalsExactlyAndRoundsOnlyWhenAskedHalfEven() {
        assertThat(Fraction.of(new BigDecimal("1250.50"))).isEqualTo(Fraction.of(2501, 2));
        assertThat(Fraction.of(new BigDecimal("1E+3"))).isEqualTo(Fraction.of(1000));
        assertThat(Fraction.of(new BigDecimal("-0.125"))).isEqualTo(Fraction.of(-1, 8));

        assertThat(Fraction.of(400, 7).toDecimal(2)).isEqualByComparingTo("57.14");
        assertThat(Fraction.of(1, 8).toDecimal(2)).isEqualByComparingTo("0.12");
        assertThat(Fraction.of(3, 8).toDecimal(2)).isEqualByComparingTo("0.38");
        assertThat(Fraction.of(-1, 8).toDecimal(2)).isEqualByComparingTo("-0.12");

        assertThat(Fraction.of(1, 8).toDecimalExactOr(2).toPlainString()).isEqualTo("0.125");
        assertThat(Fraction.of(2501, 2).toDecimalExactOr(2).toPlainString()).isEqualTo("1250.5");
        assertThat(Fraction.of(3000).toDecimalExactOr(2).toPlainString()).isEqualTo("3000");
        assertThat(Fraction.of(1, 3).toDecimalExactOr(4).toPlainString()).isEqualTo("0.3333");
    }
}

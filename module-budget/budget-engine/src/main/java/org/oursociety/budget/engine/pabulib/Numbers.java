package org.oursociety.budget.engine.pabulib;

import java.math.BigDecimal;

/** Lenient number reading for values typed by hand in city spreadsheets. */
final class Numbers {
    private Numbers() {
    }

    /**
     * Reads {@code 1250}, {@code 1250.50}, {@code 1250,50}, {@code 1 250,50} or {@code 1.250,50}.
     *
     * @throws NumberFormatException when the value is not a number
     */
    static BigDecimal decimal(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u202F' && c != '\'') {
                sb.append(c);
            }
        }
        String s = sb.toString();
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            // Whichever separator comes last is the decimal one; the other groups thousands.
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            s = s.indexOf(',') == comma ? s.replace(',', '.') : s.replace(",", "");
        }
        if (s.isEmpty()) {
            throw new NumberFormatException("empty");
        }
        BigDecimal d = new BigDecimal(s);
        // An exponent such as 1e4004680 would make every later sum build a four-million-digit
        // number: no amount of money or points comes near 10^30, nor needs 30 decimals.
        if (d.signum() != 0 && (d.precision() - d.scale() > MAX_DIGITS || d.scale() > MAX_DIGITS)) {
            throw new NumberFormatException("too large or too precise");
        }
        return d;
    }

    /** The most digits before or after the decimal point a number may have. */
    static final int MAX_DIGITS = 30;

    /** A whole number, leniently; "3.0" is 3 but "2.5" is not whole. */
    static long whole(String value) {
        try {
            return decimal(value).stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw new NumberFormatException("not a whole number");
        }
    }
}

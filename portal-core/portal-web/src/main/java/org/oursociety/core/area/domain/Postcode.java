package org.oursociety.core.area.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK postcode ({@code CF10 1AA}) or postcode district ({@code CF10}), normalised to capitals with
 * one space before the inward code, as Royal Mail writes them.
 */
public record Postcode(String value) {

    private static final Pattern FULL = Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$");
    private static final Pattern DISTRICT = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]?$");

    public Postcode {
        if (value == null || !(value.equals(normalise(value)) && isValid(value))) {
            throw new IllegalArgumentException("Not a normalised UK postcode: " + value);
        }
    }

    /** A postcode or district as a person typed it ("cf10  1aa", "CF101AA"). */
    public static Postcode parse(String typed) {
        String normal = typed == null ? "" : normalise(typed);
        if (!isValid(normal)) {
            throw new IllegalArgumentException("\"" + (typed == null ? "" : typed.strip())
                    + "\" is not a UK postcode (like CF10 1AA) or postcode district (like CF10).");
        }
        return new Postcode(normal);
    }

    public boolean isDistrict() {
        return DISTRICT.matcher(value).matches();
    }

    /** The district part: {@code CF10} for {@code CF10 1AA}. */
    public String district() {
        return isDistrict() ? value : value.substring(0, value.indexOf(' '));
    }

    /** Whether this entry of an area's list covers the given full postcode. */
    public boolean covers(Postcode postcode) {
        return isDistrict() ? value.equals(postcode.district()) : value.equals(postcode.value);
    }

    private static String normalise(String typed) {
        String compact = typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        Matcher full = FULL.matcher(compact);
        return full.matches() ? full.group(1) + " " + full.group(2) : compact;
    }

    private static boolean isValid(String normal) {
        return DISTRICT.matcher(normal).matches()
                || (normal.indexOf(' ') > 0 && FULL.matcher(normal.replace(" ", "")).matches());
    }

    @Override
    public String toString() {
        return value;
    }
}

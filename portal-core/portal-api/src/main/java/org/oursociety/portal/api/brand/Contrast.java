package org.oursociety.portal.api.brand;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** WCAG 2.2 contrast ratios of sRGB colours written {@code #rrggbb} (or {@code #rgb}). */
public final class Contrast {

    /** Text of normal size needs 4.5:1 (WCAG 1.4.3, level AA). */
    public static final double AA_TEXT = 4.5;
    public static final int WHITE = 0xffffff;

    private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    private Contrast() {
    }

    public static Optional<Integer> parse(String colour) {
        if (colour == null || !HEX.matcher(colour.strip()).matches()) {
            return Optional.empty();
        }
        String hex = colour.strip().replace("#", "");
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        return Optional.of(Integer.parseInt(hex, 16));
    }

    public static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
    }

    /** The contrast ratio of two colours, from 1 (same) to 21 (black on white). */
    public static double ratio(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(int rgb) {
        return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The colour with each channel multiplied by {@code factor} (below 1: darker). */
    static String darker(String colour, double factor) {
        int rgb = parse(colour).orElse(0);
        int r = (int) Math.round(((rgb >> 16) & 0xff) * factor);
        int g = (int) Math.round(((rgb >> 8) & 0xff) * factor);
        int b = (int) Math.round((rgb & 0xff) * factor);
        return hex((r << 16) | (g << 8) | b);
    }
}

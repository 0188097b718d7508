package org.oursociety.core.residence.application;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What an issued batch looks like outside the portal: the CSV file (for a mail merge or a print
 * shop) and the address residents redeem at. The CSV is written by hand because its cells can
 * hold nothing that needs quoting: codes are letters, digits and hyphens, slugs the same, dates ISO.
 */
public final class CodeSheet {

    /** Where residents enter a code: the residence page of the core. */
    public static final String REDEEM_PATH = "/code";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.of("Europe/London"));

    private CodeSheet() {
    }

    public static String redeemUrl(String baseUrl) {
        return baseUrl.replaceAll("/+$", "") + REDEEM_PATH;
    }

    /** A header line, then one line per code: {@code code,area,expires_at,redeem_url}, CRLF as RFC 4180 says. */
    public static String csv(IssuedCodes issued, String redeemUrl) {
        requireSafe(issued.areaSlug());
        requireSafe(redeemUrl);
        StringBuilder csv = new StringBuilder("code,area,expires_at,redeem_url\r\n");
        for (String code : issued.codes()) {
            csv.append(code).append(',').append(issued.areaSlug()).append(',').append(issued.expiresAt())
                    .append(',').append(redeemUrl).append("\r\n");
        }
        return csv.toString();
    }

    /** {@code voting-codes-riverside-2026-03-01.csv}. */
    public static String fileName(IssuedCodes issued) {
        return "voting-codes-" + issued.areaSlug() + "-" + DAY.format(issued.issuedAt()) + ".csv";
    }

    /** The expiry day as residents read it on the slip. */
    public static String expiryDay(IssuedCodes issued, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(ZoneId.of("Europe/London"))
                .format(issued.expiresAt());
    }

    /** Nothing that would need CSV quoting, or start a spreadsheet formula, gets into a cell unquoted. */
    private static void requireSafe(String cell) {
        if (cell.matches(".*[,\"\r\n].*") || cell.matches("^[=+@-].*")) {
            throw new IllegalArgumentException("Not a plain CSV cell: " + cell);
        }
    }
}

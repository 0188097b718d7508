package org.oursociety.directory.listing.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small helpers the directory's pages share: reading HSDS fields and saying dates and distances in words. */
final class Listing {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Listing() {
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    /** "12 March 2026", in the reader's language. */
    static String date(Instant instant, Locale language) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", language).format(instant.atZone(LONDON));
    }

    static String date(LocalDate date, Locale language) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", language).format(date);
    }

    /** "350 m", "1.2 km". */
    static String distance(Double metres) {
        if (metres == null) {
            return null;
        }
        return metres < 1000 ? Math.round(metres / 10) * 10 + " m" : String.format(Locale.UK, "%.1f km", metres / 1000);
    }

    static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(item -> {
                String name = text(item, field);
                if (name != null) {
                    names.add(name);
                }
            });
        }
        return names;
    }
}

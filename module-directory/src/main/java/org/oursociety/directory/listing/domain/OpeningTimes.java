package org.oursociety.directory.listing.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A service's weekly openings, read from its HSDS schedules ({@code freq} WEEKLY or unset, {@code byday}
 * as RFC 5545 day codes, {@code opens_at}/{@code closes_at}), and said in words: "Mondays and
 * Thursdays, 10:00–16:00". Monthly schedules and those without days are left to their own description.
 */
public final class OpeningTimes {

    private static final Map<String, DayOfWeek> CODES = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    private final List<Opening> openings;

    public OpeningTimes(List<Opening> openings) {
        this.openings = List.copyOf(openings);
    }

    /** The openings of these HSDS schedule objects (an array node, or null). */
    public static OpeningTimes of(JsonNode schedules) {
        List<Opening> openings = new ArrayList<>();
        if (schedules != null && schedules.isArray()) {
            for (JsonNode schedule : schedules) {
                openings.addAll(weekly(schedule));
            }
        }
        return new OpeningTimes(openings);
    }

    /** The weekly openings one schedule gives; none if it is not weekly by day or its hours do not read. */
    public static List<Opening> weekly(JsonNode schedule) {
        String freq = text(schedule, "freq");
        if (freq != null && !"WEEKLY".equals(freq)) {
            return List.of();
        }
        Set<DayOfWeek> days = days(text(schedule, "byday"));
        LocalTime opens = time(text(schedule, "opens_at"));
        LocalTime closes = time(text(schedule, "closes_at"));
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            return List.of();
        }
        List<Opening> openings = new ArrayList<>();
        for (DayOfWeek day : days) {
            openings.add(new Opening(day, opens, closes));
        }
        return openings;
    }

    /** RFC 5545 {@code BYDAY} ("MO,TH", "1MO" taken as MO); unknown codes are left out. */
    public static Set<DayOfWeek> days(String byday) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (byday == null) {
            return days;
        }
        for (String part : byday.split(",")) {
            String code = part.trim().toUpperCase(Locale.ROOT).replaceAll("^[+-]?\\d+", "");
            DayOfWeek day = CODES.get(code);
            if (day != null) {
                days.add(day);
            }
        }
        return days;
    }

    public List<Opening> openings() {
        return openings;
    }

    public boolean isEmpty() {
        return openings.isEmpty();
    }

    public boolean isOpenAt(DayOfWeek day, LocalTime time) {
        return openings.stream().anyMatch(o -> o.isOpenAt(day, time));
    }

    /**
     * One line per distinct set of hours, days in week order: "Mondays and Thursdays, 10:00–16:00",
     * "Saturdays, 09:30–12:00", "Tuesdays" (when no hours are given).
     */
    public List<String> inWords(Locale language) {
        Map<String, Set<DayOfWeek>> byHours = new LinkedHashMap<>();
        openings.stream()
                .sorted((a, b) -> a.day().compareTo(b.day()))
                .forEach(o -> byHours.computeIfAbsent(hours(o), h -> new TreeSet<>()).add(o.day()));
        List<String> lines = new ArrayList<>();
        byHours.forEach((hours, days) -> lines.add(hours.isEmpty() ? dayList(days, language)
                : dayList(days, language) + ", " + hours));
        return lines;
    }

    private static String hours(Opening o) {
        if (o.opens() == null || o.closes() == null) {
            return "";
        }
        return o.opens() + "\u2013" + o.closes();
    }

    private static String dayList(Set<DayOfWeek> days, Locale language) {
        boolean welsh = "cy".equals(language.getLanguage());
        List<String> names = days.stream().map(d -> plural(d, welsh)).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        String and = welsh ? " a " : " and ";
        return String.join(", ", names.subList(0, names.size() - 1)) + and + names.get(names.size() - 1);
    }

    private static String plural(DayOfWeek day, boolean welsh) {
        if (welsh) {
            return switch (day) {
                case MONDAY -> "Dyddiau Llun";
                case TUESDAY -> "Dyddiau Mawrth";
                case WEDNESDAY -> "Dyddiau Mercher";
                case THURSDAY -> "Dyddiau Iau";
                case FRIDAY -> "Dyddiau Gwener";
                case SATURDAY -> "Dyddiau Sadwrn";
                case SUNDAY -> "Dyddiau Sul";
            };
        }
        String name = day.getDisplayName(java.time.format.TextStyle.FULL, Locale.UK);
        return name + "s";
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    /** "10:00", "10:00:00", "10:00:00Z" or "10:00:00+01:00"; null when absent or unreadable. */
    public static LocalTime time(String value) {
        if (value == null) {
            return null;
        }
        String plain = value.replaceAll("(Z|[+-]\\d{2}:?\\d{2})$", "");
        try {
            return LocalTime.parse(plain);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

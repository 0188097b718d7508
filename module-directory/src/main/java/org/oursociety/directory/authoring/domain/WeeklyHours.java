package org.oursociety.directory.authoring.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oursociety.directory.listing.domain.OpeningTimes;

/**
 * Opening hours as a volunteer enters them: some days of the week, opening at one time and closing at a
 * later one ("Mondays and Thursdays, 10:00 to 16:00"); a service may have a few such lines. Each line is one
 * HSDS schedule ({@code freq} WEEKLY, {@code byday}, {@code opens_at}, {@code closes_at}), so what is entered
 * here is what the API publishes and what "open now" searches.
 */
public record WeeklyHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {

    /** At most this many lines: more is a timetable, better said in the description. */
    public static final int MOST = 7;
    private static final List<String> CODES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    public WeeklyHours {
        if (days.isEmpty() || !opens.isBefore(closes)) {
            throw new IllegalArgumentException("days, and an opening before the closing");
        }
        days = Set.copyOf(days);
    }

    /** The RFC 5545 day code of a day ({@code MO}). */
    public static String code(DayOfWeek day) {
        return CODES.get(day.getValue() - 1);
    }

    /** The HSDS schedule of this line, for the service {@code serviceId}. */
    public ObjectNode toSchedule(String serviceId) {
        ObjectNode schedule = JsonNodeFactory.instance.objectNode();
        schedule.put("id", UUID.randomUUID().toString());
        schedule.put("service_id", serviceId);
        schedule.put("freq", "WEEKLY");
        schedule.put("wkst", "MO");
        schedule.put("byday", days.stream().sorted().map(WeeklyHours::code).collect(Collectors.joining(",")));
        schedule.put("opens_at", opens.toString());
        schedule.put("closes_at", closes.toString());
        return schedule;
    }

    /** Lines as schedules. */
    public static ArrayNode toSchedules(List<WeeklyHours> hours, String serviceId) {
        ArrayNode schedules = JsonNodeFactory.instance.arrayNode();
        hours.forEach(h -> schedules.add(h.toSchedule(serviceId)));
        return schedules;
    }

    /** The lines a service's weekly schedules say, to fill the form; other schedules are not shown there. */
    public static List<WeeklyHours> of(JsonNode schedules) {
        List<WeeklyHours> lines = new ArrayList<>();
        if (schedules != null && schedules.isArray()) {
            for (JsonNode s : schedules) {
                if (!s.path("freq").asText("WEEKLY").equals("WEEKLY")) {
                    continue;
                }
                try {
                    lines.add(new WeeklyHours(OpeningTimes.days(s.path("byday").asText(null)),
                            LocalTime.parse(s.path("opens_at").asText()), LocalTime.parse(s.path("closes_at").asText())));
                } catch (RuntimeException notAWeeklyLine) {
                    // a schedule without days or times is left to its description
                }
            }
        }
        return lines;
    }

    /** Whether the service has schedules the form cannot show (monthly ones, or without days or times). */
    public static boolean hasOthers(JsonNode schedules) {
        return schedules != null && schedules.isArray() && schedules.size() > of(schedules).size();
    }

    /**
     * Reads lines sent as JSON ({@code [{"days":["MO","TH"],"opens":"10:00","closes":"16:00"}]}) or from the
     * form. Field → message key (of the directory's bundle) for every line that is wrong, keyed
     * {@code hours[0].days}; the lines when all are right.
     */
    public static Map<String, String> read(JsonNode lines, List<WeeklyHours> into) {
        Map<String, String> wrong = new LinkedHashMap<>();
        if (lines == null || lines.isNull()) {
            return wrong;
        }
        if (!lines.isArray() || lines.size() > MOST) {
            wrong.put("hours", "hours.too-many");
            return wrong;
        }
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            String at = "hours[" + i + "].";
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            JsonNode given = line.path("days");
            if (given.isArray()) {
                given.forEach(d -> {
                    int index = CODES.indexOf(d.asText().toUpperCase(java.util.Locale.ROOT));
                    if (index >= 0) {
                        days.add(DayOfWeek.of(index + 1));
                    } else {
                        wrong.put(at + "days", "hours.days");
                    }
                });
            }
            if (days.isEmpty()) {
                wrong.put(at + "days", "hours.days");
            }
            LocalTime opens = time(line.path("opens").asText(""));
            LocalTime closes = time(line.path("closes").asText(""));
            if (opens == null) {
                wrong.put(at + "opens", "hours.time");
            }
            if (closes == null) {
                wrong.put(at + "closes", "hours.time");
            } else if (opens != null && !opens.isBefore(closes)) {
                wrong.put(at + "closes", "hours.closes-after");
            }
            if (!wrong.containsKey(at + "days") && opens != null && closes != null && opens.isBefore(closes)) {
                into.add(new WeeklyHours(days, opens, closes));
            }
        }
        return wrong;
    }

    /** "9", "9:30", "09:30", "0930" and "9.30" are all half past nine. */
    static LocalTime time(String text) {
        String t = text.strip().replace('.', ':');
        if (t.matches("\\d{1,2}")) {
            t = t + ":00";
        } else if (t.matches("\\d{4}")) {
            t = t.substring(0, 2) + ":" + t.substring(2);
        }
        if (t.matches("\\d:\\d{2}")) {
            t = "0" + t;
        }
        try {
            return LocalTime.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

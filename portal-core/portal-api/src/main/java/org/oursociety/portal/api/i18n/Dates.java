package org.oursociety.portal.api.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;

/**
 * Dates and times in words, in the reader's language and in UK time: "30 November 2026, 10:04",
 * "30 Tachwedd 2026, 10:04". Pages use {@code #{portalDates.dateTime(value)}} and
 * {@code #{portalDates.date(value)}} (the page's language); Java code (mails, cards) the static
 * methods with a locale. Never ISO timestamps in front of people.
 *
 * <p>Accepts {@link OffsetDateTime}, {@link ZonedDateTime}, {@link Instant}, {@link LocalDateTime} (taken
 * as UK time), {@link LocalDate}, {@link Date} and ISO-8601 text; {@code null} gives an empty string, and
 * text that is no date is shown as it is.
 */
@Named("portalDates")
@ApplicationScoped
public class Dates {

    /** Where the council is: every time is shown as the clocks there show it. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    public String dateTime(Object value) {
        return dateTime(value, pageLanguage());
    }

    public String date(Object value) {
        return date(value, pageLanguage());
    }

    public static String dateTime(Object value, Locale language) {
        if (value instanceof String text) {
            Object parsed = parse(text);
            if (parsed instanceof String) {
                return text; // not a date we can read: show it as it is rather than fail the page
            }
            value = parsed;
        }
        ZonedDateTime at = zoned(value);
        return at == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", language(language)).format(at);
    }

    public static String date(Object value, Locale language) {
        if (value instanceof String text) {
            Object parsed = parse(text);
            if (parsed instanceof String) {
                return text;
            }
            value = parsed;
        }
        if (value instanceof LocalDate day) {
            return DateTimeFormatter.ofPattern("d MMMM yyyy", language(language)).format(day);
        }
        ZonedDateTime at = zoned(value);
        return at == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", language(language)).format(at);
    }

    static ZonedDateTime zoned(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.atZoneSameInstant(UK);
        }
        if (value instanceof ZonedDateTime zdt) {
            return zdt.withZoneSameInstant(UK);
        }
        if (value instanceof Instant instant) {
            return instant.atZone(UK);
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(UK);
        }
        if (value instanceof LocalDate day) {
            return day.atStartOfDay(UK);
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(UK);
        }
        if (value instanceof TemporalAccessor temporal) {
            return Instant.from(temporal).atZone(UK);
        }
        throw new IllegalArgumentException("Not a date or time: " + value.getClass().getName());
    }

    /** An ISO-8601 text (as some records carry times) as a date or time; the text itself if it is neither. */
    static Object parse(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (java.time.format.DateTimeParseException notOffset) {
            try {
                return Instant.parse(text);
            } catch (java.time.format.DateTimeParseException notInstant) {
                try {
                    return LocalDateTime.parse(text);
                } catch (java.time.format.DateTimeParseException notLocal) {
                    try {
                        return LocalDate.parse(text);
                    } catch (java.time.format.DateTimeParseException notDay) {
                        return text;
                    }
                }
            }
        }
    }

    private static Locale language(Locale language) {
        return language != null && "cy".equals(language.getLanguage()) ? Languages.WELSH : Locale.UK;
    }

    private static Locale pageLanguage() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            return faces.getViewRoot().getLocale();
        }
        return Locale.UK;
    }
}

package org.oursociety.directory.listing.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One weekly opening of a service, derived from an HSDS schedule: a day and, when the schedule says,
 * the hours. {@code closes} before {@code opens} is refused: HSDS has no overnight openings.
 */
public record Opening(DayOfWeek day, LocalTime opens, LocalTime closes) {

    public Opening {
        Objects.requireNonNull(day, "day");
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            throw new IllegalArgumentException("An opening closes after it opens: " + opens + "–" + closes);
        }
    }

    /** Whether the service is open at that day and time; an opening without hours is open all day. */
    public boolean isOpenAt(DayOfWeek when, LocalTime time) {
        if (when != day) {
            return false;
        }
        return (opens == null || !time.isBefore(opens)) && (closes == null || time.isBefore(closes));
    }
}

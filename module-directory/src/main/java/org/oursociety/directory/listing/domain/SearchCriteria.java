package org.oursociety.directory.listing.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/**
 * What a search for services asks, every part optional and combined with AND (HSDS API parameters and the
 * search page alike).
 *
 * @param areas          the areas to search in (slugs); empty means none
 * @param text           words to find in names, descriptions, organisation and category names
 * @param termId         a taxonomy term the service is linked to
 * @param taxonomyId     a taxonomy one of the service's terms belongs to
 * @param organizationId the organisation offering the service
 * @param modifiedAfter  changed after this instant
 * @param minimumAge     for people of at least this age (the service's maximum age is not below it)
 * @param maximumAge     for people of at most this age (the service's minimum age is not above it)
 * @param day            open on this day
 * @param startTime      open at or before this time (with {@code day}, or any day)
 * @param endTime        open until at least this time
 * @param freeOnly       only services free of charge
 * @param near           within a distance of a place, nearest first
 */
public record SearchCriteria(List<String> areas, String text, String termId, String taxonomyId, String organizationId,
                             Instant modifiedAfter, Double minimumAge, Double maximumAge, DayOfWeek day,
                             LocalTime startTime, LocalTime endTime, boolean freeOnly, Near near) {

    public SearchCriteria {
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /** Within {@code metres} of a point. */
    public record Near(double latitude, double longitude, double metres) {
    }

    public static SearchCriteria in(List<String> areas) {
        return new SearchCriteria(areas, null, null, null, null, null, null, null, null, null, null, false, null);
    }
}

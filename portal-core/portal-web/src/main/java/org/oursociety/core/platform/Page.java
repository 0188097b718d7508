package org.oursociety.core.platform;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a longer list, numbered from 0.
 *
 * @param total how many items all pages hold together
 */
public record Page<T>(List<T> items, int page, int pageSize, long total) implements Serializable {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * pageSize < total;
    }

    /** How many pages there are; at least 1, so that "page 1 of 1" reads right for an empty list. */
    public long pageCount() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /** Refuses page numbers that no list could have, with a message for the person who typed it. */
    public static int number(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int page = Integer.parseInt(value.strip());
            if (page < 0 || page > 100_000) {
                throw new IllegalArgumentException("\"page\" must be a number from 0 to 100000.");
            }
            return page;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"page\" must be a number from 0 to 100000.");
        }
    }
}

package org.oursociety.directory.listing.domain;

import java.util.Arrays;
import java.util.Optional;

/** HSDS's service statuses, used for organisations too. Nothing is deleted: a listing ends as defunct. */
public enum ListingStatus {
    ACTIVE("active"), TEMPORARILY_CLOSED("temporarily closed"), INACTIVE("inactive"), DEFUNCT("defunct");

    private final String hsds;

    ListingStatus(String hsds) {
        this.hsds = hsds;
    }

    /** As HSDS writes it. */
    public String hsds() {
        return hsds;
    }

    public static Optional<ListingStatus> of(String hsds) {
        return Arrays.stream(values()).filter(s -> s.hsds.equals(hsds)).findFirst();
    }
}

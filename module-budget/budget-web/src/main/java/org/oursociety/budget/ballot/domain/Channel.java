package org.oursociety.budget.ballot.domain;

import java.util.Locale;

/** How a ballot reached the count: cast online by the voter, or a paper ballot entered by staff. */
public enum Channel {
    ONLINE, PAPER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.oursociety.core.residence.domain;

import java.util.UUID;

/** What became of an attempt to spend a voting code. */
public sealed interface Redemption {

    /** The code was unused and valid, and is now spent by this attempt. */
    record Spent(UUID areaId, String areaType) implements Redemption {
    }

    /** No code with that hash was issued. */
    record Unknown() implements Redemption {
    }

    /** Someone (perhaps this user) spent it before. */
    record AlreadyUsed() implements Redemption {
    }

    /** Its batch has expired. */
    record Expired() implements Redemption {
    }

    /** Its area has been archived since the code was printed. */
    record AreaArchived() implements Redemption {
    }
}

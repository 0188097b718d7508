package org.oursociety.budget.delivery.domain;

import java.util.Locale;
import java.util.Optional;

/** Where a funded project's delivery stands. */
public enum DeliveryStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<DeliveryStatus> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (DeliveryStatus s : values()) {
            if (s.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

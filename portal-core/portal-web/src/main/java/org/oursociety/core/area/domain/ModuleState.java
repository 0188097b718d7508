package org.oursociety.core.area.domain;

import java.time.OffsetDateTime;

/** A module that has registered at some time, and how lately it said it was up: a column of the switch grid. */
public record ModuleState(String id, String name, boolean active, OffsetDateTime lastSeenAt)
        implements java.io.Serializable {
}

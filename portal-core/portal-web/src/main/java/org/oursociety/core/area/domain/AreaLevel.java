package org.oursociety.core.area.domain;

/** Levels from the widest to the narrowest; names match the database check constraint. */
public enum AreaLevel {
    authority, district, ward, neighbourhood
}

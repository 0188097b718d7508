package org.oursociety.core.area.domain;

/** What kind of place an area is; names match the database check constraint and the API. */
public enum AreaType {
    authority, district, ward, neighbourhood, other;

    /** The type named in an API call or form, or an error that lists the types there are. */
    public static AreaType named(String name) {
        for (AreaType type : values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("An area's type is one of authority, district, ward, neighbourhood, other.");
    }
}

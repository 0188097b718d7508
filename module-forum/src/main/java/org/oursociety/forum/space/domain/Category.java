package org.oursociety.forum.space.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A category of an area's space, with its counts and latest activity as the space's home shows them. */
public record Category(UUID id, String areaSlug, String name, String description, int position, boolean archived,
                       long topics, long posts, Instant latestActivity) implements Serializable {

    public static final String GENERAL = "General";
    public static final int NAME_MAX = 80;
    public static final int DESCRIPTION_MAX = 500;
}

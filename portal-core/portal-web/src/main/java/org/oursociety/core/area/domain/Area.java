package org.oursociety.core.area.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import java.util.regex.Pattern;

/** A place the council serves: the authority, and the districts, wards and neighbourhoods within it. */
@Entity
@Table(name = "area", schema = "core")
public class Area {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    @Id
    private UUID id;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AreaLevel level;

    protected Area() {
    }

    private Area(UUID parentId, String slug, String name, AreaLevel level) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("A slug is lower-case letters and digits joined by dashes: " + slug);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An area needs a name");
        }
        this.id = UUID.randomUUID();
        this.parentId = parentId;
        this.slug = slug;
        this.name = name.strip();
        this.level = level;
    }

    public static Area authority(String slug, String name) {
        return new Area(null, slug, name, AreaLevel.authority);
    }

    /** A district, ward or neighbourhood directly inside this area. */
    public Area subdivide(String slug, String name, AreaLevel childLevel) {
        if (childLevel.ordinal() <= level.ordinal()) {
            throw new IllegalArgumentException("A " + childLevel + " cannot sit inside a " + level);
        }
        return new Area(id, slug, name, childLevel);
    }

    public UUID id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public AreaLevel level() {
        return level;
    }
}

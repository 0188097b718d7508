package org.oursociety.core.area.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.oursociety.portal.api.internal.area.ReservedSlugs;

/**
 * A place the council serves: the authority at the root, and districts, wards, neighbourhoods (or
 * other areas) at any depth below. The slug is the area's address in every URL and never changes;
 * renaming or moving keeps the id.
 */
@Entity
@Table(name = "area", schema = "core")
public class Area {

    public static final int MAX_NAME = 120;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_SLUG = 60;
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    @Id
    private UUID id;

    /**
     * Held as text: EclipseLink 4.0's UUID converter throws on a null uuid column (eclipselink#2768,
     * fixed after the version Payara 6 ships); the pool's stringType=unspecified lets PostgreSQL cast.
     */
    @Column(name = "parent_id")
    private String parentId;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AreaType type;

    @Column(nullable = false)
    private String description = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "area_postcode", schema = "core", joinColumns = @JoinColumn(name = "area_id"))
    @Column(name = "postcode")
    @OrderBy
    private List<String> postcodes = new ArrayList<>();

    @Column(name = "archived_at")
    private OffsetDateTime archivedAt;

    @Version
    private long version;

    protected Area() {
    }

    private Area(String parentId, String slug, String name, AreaType type) {
        if (slug == null || slug.length() > MAX_SLUG || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("A slug is 1 to " + MAX_SLUG
                    + " lower-case letters and digits, words joined by single hyphens (like north-ward-2).");
        }
        if (ReservedSlugs.isReserved(slug)) {
            throw new IllegalArgumentException("\"" + slug + "\" is a word the portal's addresses use; choose another slug.");
        }
        this.id = UUID.randomUUID();
        this.parentId = parentId;
        this.slug = slug;
        rename(name);
        this.type = type;
    }

    /** The root of the tree: the council itself. */
    public static Area authority(String slug, String name) {
        return new Area(null, slug, name, AreaType.authority);
    }

    /** A new area directly inside this one. */
    public Area subdivide(String childSlug, String childName, AreaType childType) {
        requireNotArchived();
        requireBelowTheRoot(childType);
        return new Area(id.toString(), childSlug, childName, childType);
    }

    public void rename(String newName) {
        String stripped = newName == null ? "" : newName.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
            throw new IllegalArgumentException("An area's name has 1 to " + MAX_NAME + " characters.");
        }
        this.name = stripped;
    }

    public void describe(String newDescription) {
        String stripped = newDescription == null ? "" : newDescription.strip();
        if (stripped.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("An area's description has at most " + MAX_DESCRIPTION + " characters.");
        }
        this.description = stripped;
    }

    public void retype(AreaType newType) {
        if (isRoot() != (newType == AreaType.authority)) {
            throw new IllegalArgumentException(isRoot() ? "The root area is the authority."
                    : "Only the root area is the authority.");
        }
        this.type = newType;
    }

    public void coverPostcodes(List<Postcode> newPostcodes) {
        postcodes.clear();
        newPostcodes.stream().map(Postcode::value).distinct().sorted().forEach(postcodes::add);
    }

    /** Moves this area (with everything below it) under another, never under itself or its own descendant. */
    public void moveUnder(Area newParent, AreaTree tree) {
        if (isRoot()) {
            throw new IllegalArgumentException("The authority is the root of the tree and cannot move.");
        }
        if (tree.isSelfOrDescendant(newParent, this)) {
            throw new IllegalStateException("\"" + slug + "\" cannot move under \"" + newParent.slug
                    + "\", which is itself or inside it.");
        }
        newParent.requireNotArchived();
        this.parentId = newParent.id.toString();
    }

    /** Archives an area that is no longer used: it keeps its content but leaves the tree. */
    public void archive(AreaTree tree) {
        if (isRoot()) {
            throw new IllegalStateException("The authority cannot be archived.");
        }
        long activeChildren = tree.childrenOf(this).stream().filter(child -> !child.isArchived()).count();
        if (activeChildren > 0) {
            throw new IllegalStateException("\"" + slug + "\" still has " + activeChildren
                    + " area(s) inside it; archive or move them first.");
        }
        if (archivedAt == null) {
            archivedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
    }

    private void requireBelowTheRoot(AreaType childType) {
        if (childType == AreaType.authority) {
            throw new IllegalArgumentException("Only the root area is the authority; choose district, ward, neighbourhood or other.");
        }
    }

    private void requireNotArchived() {
        if (isArchived()) {
            throw new IllegalStateException("\"" + slug + "\" is archived; nothing can be added under it.");
        }
    }

    public boolean isRoot() {
        return parentId == null;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public UUID id() {
        return id;
    }

    public Optional<UUID> parentId() {
        return Optional.ofNullable(parentId).map(UUID::fromString);
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public AreaType type() {
        return type;
    }

    public String description() {
        return description;
    }

    public List<Postcode> postcodes() {
        return postcodes.stream().map(Postcode::new).toList();
    }
}

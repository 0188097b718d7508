package org.oursociety.core.area.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.oursociety.core.admin.application.PlatformAccess;
import org.oursociety.core.area.domain.Area;
import org.oursociety.core.area.domain.AreaTree;
import org.oursociety.core.area.domain.AreaType;
import org.oursociety.core.area.domain.Postcode;
import org.oursociety.core.area.infrastructure.AreaRepository;
import org.oursociety.core.audit.application.AuditLog;
import org.oursociety.core.audit.domain.AuditActions;
import org.oursociety.core.audit.domain.AuditTarget;
import org.oursociety.core.platform.CoreRefusal;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.security.PortalUser;

/**
 * Building and changing the area tree. Refusals are {@link org.oursociety.portal.api.rest.Refusal}s with
 * a reason for the person who asked, thrown before anything changes.
 */
@ApplicationScoped
public class AreaService {

    @Inject
    AreaRepository areas;

    @Inject
    AreaAccess access;

    @Inject
    AuditLog audit;

    @Inject
    PlatformAccess platform;

    public AreaTree tree() {
        return new AreaTree(areas.all());
    }

    public Optional<Area> bySlug(String slug) {
        return areas.bySlug(slug);
    }

    /** A new area under {@code parent}; without a parent, the authority itself, while there is none. */
    @Transactional
    public Area create(PortalUser actor, NewArea request) {
        areas.lockTree();
        if (request.slug() != null && areas.slugTaken(request.slug())) {
            throw CoreRefusal.conflict("area.slug-taken", request.slug());
        }
        Area area = request.parent() == null ? newAuthority(actor, request) : newSubArea(actor, request);
        refusingBadInput(() -> {
            area.describe(request.description());
            area.coverPostcodes(postcodes(request.postcodes()));
            return area;
        });
        areas.add(area);
        Map<String, String> details = new HashMap<>();
        details.put("name", area.name());
        details.put("type", area.type().name());
        details.put("parent", request.parent());
        audit.record(AuditActions.AREA_CREATED, target(area), details);
        return area;
    }

    private Area newAuthority(PortalUser actor, NewArea request) {
        if (!platform.isPlatformAdmin(actor)) {
            throw CoreRefusal.forbidden("area.authority-platform-admins");
        }
        if (!tree().roots().isEmpty()) {
            throw CoreRefusal.badInput("area.authority-exists");
        }
        if (request.type() != null && !AreaType.authority.name().equals(request.type())) {
            throw CoreRefusal.badInput("area.authority-no-type");
        }
        return refusingBadInput(() -> Area.authority(request.slug(), request.name()));
    }

    private Area newSubArea(PortalUser actor, NewArea request) {
        Area parent = existing(request.parent(), "parent");
        require(actor, AreaAccess.MANAGE_AREA, parent);
        return refusingBadInput(() -> parent.subdivide(request.slug(), request.name(), type(request.type())));
    }

    /**
     * Changes what the request names. Editing the area needs {@code area.manage} on it; moving it also
     * needs {@code area.reshape} on it (held only above it) and {@code area.manage} on the new parent,
     * all checked before anything changes.
     */
    @Transactional
    public Area change(PortalUser actor, String slug, AreaChange change) {
        areas.lockTree();
        Area area = existing(slug, "area");
        require(actor, AreaAccess.MANAGE_AREA, area);
        Area newParent = change.parent() == null ? null : existing(change.parent(), "parent");
        boolean moves = newParent != null && !area.parentId().map(newParent.id()::equals).orElse(false);
        if (moves) {
            requireAbove(actor, area);
            require(actor, AreaAccess.MANAGE_AREA, newParent);
        }
        refusingBadInput(() -> {
            if (change.name() != null) {
                area.rename(change.name());
            }
            if (change.description() != null) {
                area.describe(change.description());
            }
            if (change.type() != null) {
                area.retype(type(change.type()));
            }
            if (change.postcodes() != null) {
                area.coverPostcodes(postcodes(change.postcodes()));
            }
            if (moves) {
                area.moveUnder(newParent, tree());
            }
            return area;
        });
        audit.record(AuditActions.AREA_CHANGED, target(area), changedParts(change, area, moves));
        return area;
    }

    @Transactional
    public Area archive(PortalUser actor, String slug) {
        areas.lockTree();
        Area area = existing(slug, "area");
        requireAbove(actor, area);
        refusingBadInput(() -> {
            area.archive(tree());
            return area;
        });
        audit.record(AuditActions.AREA_ARCHIVED, target(area), Map.of());
        return area;
    }

    /** Refuses, in words for the caller, what {@link AreaAccess} does not allow them in this area. */
    void require(PortalUser actor, String permission, Area area) {
        if (!access.can(actor, permission, area.slug())) {
            throw CoreRefusal.forbidden("area.not-yours", area.slug());
        }
    }

    /** Moving and archiving an area are decisions for those who manage the area above it. */
    private void requireAbove(PortalUser actor, Area area) {
        if (!access.can(actor, AreaAccess.RESHAPE_AREA, area.slug())) {
            throw CoreRefusal.forbidden("area.not-above", area.slug());
        }
    }

    static AuditTarget target(Area area) {
        return AuditTarget.of("area", area.id(), area.slug());
    }

    private static Map<String, String> changedParts(AreaChange change, Area area, boolean moved) {
        Map<String, String> details = new HashMap<>();
        if (change.name() != null) {
            details.put("name", area.name());
        }
        if (change.description() != null) {
            details.put("description", "changed");
        }
        if (change.type() != null) {
            details.put("type", area.type().name());
        }
        if (change.postcodes() != null) {
            details.put("postcodes", area.postcodes().stream().map(Postcode::value).collect(Collectors.joining(", ")));
        }
        if (moved) {
            details.put("parent", change.parent());
        }
        return details;
    }

    Area existing(String slug, String role) {
        if (slug == null || slug.isBlank()) {
            throw CoreRefusal.badInput("area.name-by-slug", role);
        }
        return areas.bySlug(slug).orElseThrow(() -> "area".equals(role)
                ? CoreRefusal.notFound("area.unknown", slug)
                : CoreRefusal.badInput("area.unknown-as", slug, role));
    }

    private static AreaType type(String name) {
        return AreaType.named(name);
    }

    private static List<Postcode> postcodes(List<String> typed) {
        return typed == null ? List.of() : typed.stream().map(Postcode::parse).toList();
    }

    private static <T> T refusingBadInput(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            throw CoreRefusal.badInput("area.domain", e.getMessage());
        } catch (IllegalStateException e) {
            throw CoreRefusal.conflict("area.domain", e.getMessage());
        }
    }
}

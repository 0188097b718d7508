package org.oursociety.core.area.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.oursociety.core.area.domain.Area;
import org.oursociety.core.area.domain.AreaTree;
import org.oursociety.core.area.domain.AreaType;
import org.oursociety.core.area.domain.Postcode;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.security.Roles;

/**
 * Building and changing the area tree. Refusals are exceptions a caller turns into answers:
 * {@link AreaRefused} with a reason for the person who asked.
 */
@ApplicationScoped
public class AreaService {

    @Inject
    AreaRepository areas;

    @Inject
    AreaAccess access;

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
            throw AreaRefused.conflict("The slug \"" + request.slug() + "\" is taken; choose another.");
        }
        Area area = request.parent() == null ? newAuthority(actor, request) : newSubArea(actor, request);
        refusingBadInput(() -> {
            area.describe(request.description());
            area.coverPostcodes(postcodes(request.postcodes()));
            return area;
        });
        areas.add(area);
        return area;
    }

    private Area newAuthority(PortalUser actor, NewArea request) {
        if (!actor.hasRole(Roles.PLATFORM_ADMIN)) {
            throw AreaRefused.forbidden("Only platform administrators can create the authority.");
        }
        if (!tree().roots().isEmpty()) {
            throw AreaRefused.badInput("The authority exists already; name the \"parent\" the new area sits in.");
        }
        if (request.type() != null && !AreaType.authority.name().equals(request.type())) {
            throw AreaRefused.badInput("An area without a parent is the authority; name its \"parent\" instead.");
        }
        return refusingBadInput(() -> Area.authority(request.slug(), request.name()));
    }

    private Area newSubArea(PortalUser actor, NewArea request) {
        Area parent = existing(request.parent(), "parent");
        require(actor, AreaAccess.MANAGE_AREA, parent);
        return refusingBadInput(() -> parent.subdivide(request.slug(), request.name(), type(request.type())));
    }

    @Transactional
    public Area change(PortalUser actor, String slug, AreaChange change) {
        areas.lockTree();
        Area area = existing(slug, "area");
        require(actor, AreaAccess.MANAGE_AREA, area);
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
            return area;
        });
        if (change.parent() != null) {
            Area newParent = existing(change.parent(), "parent");
            require(actor, AreaAccess.MANAGE_AREA, newParent);
            refusingBadInput(() -> {
                area.moveUnder(newParent, tree());
                return area;
            });
        }
        return area;
    }

    @Transactional
    public Area archive(PortalUser actor, String slug) {
        areas.lockTree();
        Area area = existing(slug, "area");
        require(actor, AreaAccess.MANAGE_AREA, area);
        return refusingBadInput(() -> {
            area.archive(tree());
            return area;
        });
    }

    /** Refuses, in words for the caller, what {@link AreaAccess} does not allow them in this area. */
    void require(PortalUser actor, String permission, Area area) {
        if (!access.can(actor, permission, area.slug())) {
            throw AreaRefused.forbidden("You may not change the area \"" + area.slug() + "\" (only its administrators may).");
        }
    }

    Area existing(String slug, String role) {
        if (slug == null || slug.isBlank()) {
            throw AreaRefused.badInput("Name the " + role + " by its slug.");
        }
        return areas.bySlug(slug).orElseThrow(() -> "area".equals(role)
                ? AreaRefused.notFound("There is no area \"" + slug + "\".")
                : AreaRefused.badInput("There is no area \"" + slug + "\" to be the " + role + "."));
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
            throw AreaRefused.badInput(e.getMessage());
        } catch (IllegalStateException e) {
            throw AreaRefused.conflict(e.getMessage());
        }
    }
}

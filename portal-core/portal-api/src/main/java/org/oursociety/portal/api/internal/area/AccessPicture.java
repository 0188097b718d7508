package org.oursociety.portal.api.internal.area;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.area.AreaRole;
import org.oursociety.portal.api.area.Residence;
import org.oursociety.portal.api.module.Grantee;

/**
 * Who may do what where, decided from one picture of the area tree, the per-area roles and the
 * permissions modules declared: the rules behind {@link AreaAccess#can}, with no database, so they
 * can be tested cell by cell. Platform admins are {@link AreaAccess}'s business (they may do
 * everything and need no picture).
 *
 * <p>The rules:
 * <ul>
 *   <li>A role held in an area reaches every area below it.</li>
 *   <li>The core's permissions go to area admins only: most to admins of the area or above; the
 *       {@linkplain #STRICTLY_ABOVE reshaping ones} (move, archive, appoint area admins) only to admins
 *       of an area strictly above, so an area admin cannot move, archive or appoint peers to their own
 *       area, nor create siblings of it (creating needs {@code area.manage} on the new area's parent).</li>
 *   <li>A module's permission goes to whom its module declared; a verified resident of an area or of
 *       an area below it counts as a resident of the area.</li>
 *   <li>A module cannot declare a permission in the core's namespaces ({@code area.}, {@code residence.}).</li>
 * </ul>
 */
public final class AccessPicture {

    /** An area's place in the tree; archived areas too, so their admins still manage them. */
    public record Node(String id, String slug, String parentId) {
    }

    /** A role held by a user in an area. */
    public record Grant(String areaId, UUID userId, AreaRole role) {
    }

    /** Core permissions an area admin holds in the area they were appointed to and below. */
    static final Set<String> AT_OR_ABOVE = Set.of(AreaAccess.MANAGE_AREA, AreaAccess.SWITCH_MODULES,
            AreaAccess.GRANT_ROLES, AreaAccess.DECIDE_RESIDENCE, AreaAccess.ISSUE_CODES);
    /** Core permissions an area admin holds only strictly below the area they were appointed to. */
    static final Set<String> STRICTLY_ABOVE = Set.of(AreaAccess.RESHAPE_AREA, AreaAccess.APPOINT_ADMINS);

    private static final Set<String> CORE_NAMESPACES = Set.of("area.", "residence.");

    private final Map<String, Node> byId = new HashMap<>();
    private final Map<String, Node> bySlug = new HashMap<>();
    private final Map<UUID, Map<String, Set<AreaRole>>> rolesByUser = new HashMap<>();
    private final Map<String, Set<Grantee>> declared = new HashMap<>();

    public AccessPicture(Collection<Node> areas, Collection<Grant> grants, Map<String, Set<Grantee>> declarations) {
        for (Node area : areas) {
            byId.put(area.id(), area);
            bySlug.put(area.slug(), area);
        }
        for (Grant grant : grants) {
            rolesByUser.computeIfAbsent(grant.userId(), u -> new HashMap<>())
                    .computeIfAbsent(grant.areaId(), a -> EnumSet.noneOf(AreaRole.class)).add(grant.role());
        }
        declarations.forEach((permission, grantees) -> {
            if (!isCore(permission) && !grantees.isEmpty()) {
                declared.put(permission, Set.copyOf(grantees));
            }
        });
    }

    public static AccessPicture empty() {
        return new AccessPicture(Set.of(), Set.of(), Map.of());
    }

    public boolean knowsArea(String slug) {
        return slug != null && bySlug.containsKey(slug);
    }

    /** Whether the user holds any role anywhere: the cheap answer for the many who hold none. */
    public boolean holdsAnyRole(UUID userId) {
        return rolesByUser.containsKey(userId);
    }

    /**
     * Whether this user (not a platform admin) has the permission in the area.
     *
     * @param verifiedResidences slugs of the areas the user is a verified resident of, the areas above
     *                           included ({@link Residence#residentOf}); asked only when a
     *                           permission is given to verified residents
     */
    public boolean allows(UUID userId, String permission, String areaSlug, Supplier<Set<String>> verifiedResidences) {
        Node area = bySlug.get(areaSlug);
        if (userId == null || permission == null || area == null) {
            return false;
        }
        if (AT_OR_ABOVE.contains(permission)) {
            return holdsAtOrAbove(userId, AreaRole.AREA_ADMIN, area);
        }
        if (STRICTLY_ABOVE.contains(permission)) {
            return parent(area).map(p -> holdsAtOrAbove(userId, AreaRole.AREA_ADMIN, p)).orElse(false);
        }
        Set<Grantee> grantees = declared.getOrDefault(permission, Set.of());
        return grantees.contains(Grantee.AREA_ADMIN) && holdsAtOrAbove(userId, AreaRole.AREA_ADMIN, area)
                || grantees.contains(Grantee.MODERATOR) && holdsAtOrAbove(userId, AreaRole.MODERATOR, area)
                || grantees.contains(Grantee.VERIFIED_RESIDENT) && verifiedResidences.get().contains(area.slug());
    }

    /** Every permission known here (the core's and those declared) that the user has in the area. */
    public Set<String> permissionsOf(UUID userId, String areaSlug, Supplier<Set<String>> verifiedResidences) {
        Set<String> held = new TreeSet<>();
        for (String permission : allPermissions()) {
            if (allows(userId, permission, areaSlug, verifiedResidences)) {
                held.add(permission);
            }
        }
        return held;
    }

    /** The core's permissions and every declared one. */
    public Set<String> allPermissions() {
        Set<String> all = new TreeSet<>(AT_OR_ABOVE);
        all.addAll(STRICTLY_ABOVE);
        all.addAll(declared.keySet());
        return all;
    }

    /** The areas where the user holds the role themselves (not through an area above), by slug. */
    public Set<String> areasWhereHeld(UUID userId, AreaRole role) {
        Set<String> slugs = new TreeSet<>();
        rolesByUser.getOrDefault(userId, Map.of()).forEach((areaId, roles) -> {
            Node area = byId.get(areaId);
            if (area != null && roles.contains(role)) {
                slugs.add(area.slug());
            }
        });
        return slugs;
    }

    private boolean holdsAtOrAbove(UUID userId, AreaRole role, Node area) {
        Map<String, Set<AreaRole>> roles = rolesByUser.get(userId);
        if (roles == null) {
            return false;
        }
        return selfAndAncestors(area).stream().anyMatch(a -> roles.getOrDefault(a.id(), Set.of()).contains(role));
    }

    /** The area and the areas above it, nearest first; stops at a cycle the database should never hold. */
    private List<Node> selfAndAncestors(Node area) {
        return AreaChain.selfAndAbove(area, Node::parentId, byId::get);
    }

    /** The slugs of the area (archived ones too) and of the areas above it, nearest first; empty when unknown. */
    public List<String> selfAndAbove(String areaSlug) {
        Node area = areaSlug == null ? null : bySlug.get(areaSlug);
        return area == null ? List.of() : selfAndAncestors(area).stream().map(Node::slug).toList();
    }

    private Optional<Node> parent(Node area) {
        return Optional.ofNullable(area.parentId()).map(byId::get);
    }

    private static boolean isCore(String permission) {
        return CORE_NAMESPACES.stream().anyMatch(permission::startsWith);
    }
}

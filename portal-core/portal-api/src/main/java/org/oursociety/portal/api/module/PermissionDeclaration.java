package org.oursociety.portal.api.module;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A permission a module defines and to whom it is given, declared when the module registers:
 * {@code new PermissionDeclaration("forum.moderate", Grantee.MODERATOR, Grantee.AREA_ADMIN)}.
 * Platform admins hold every permission without being named. The module asks
 * {@code AreaAccess.can(user, "forum.moderate", areaSlug)} and never checks roles itself.
 *
 * @param id        {@code <module id>.<verb>}; {@link ModuleDescriptor} refuses ids outside its module's name
 * @param grantedTo at least one
 */
public record PermissionDeclaration(String id, Set<Grantee> grantedTo) {

    /** Same shape as an audit action: dot-separated lower-case words. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    public PermissionDeclaration {
        if (id == null || !ID.matcher(id).matches() || id.length() > 80) {
            throw new IllegalArgumentException("A permission id is like forum.moderate (module id, dot, verb): " + id);
        }
        Objects.requireNonNull(grantedTo, "grantedTo");
        if (grantedTo.isEmpty()) {
            throw new IllegalArgumentException("Permission " + id + " is given to nobody; name at least one grantee");
        }
        grantedTo = Set.copyOf(EnumSet.copyOf(grantedTo));
    }

    public PermissionDeclaration(String id, Grantee first, Grantee... more) {
        this(id, EnumSet.of(first, more));
    }
}

package org.oursociety.portal.api.module;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a module WAR says about itself when it starts.
 *
 * @param id          stable id ({@code forum}); also the key of its name in resource bundles
 * @param contextPath where it is served ({@code /forum})
 * @param navOrder    where its link goes in the header, lowest first
 * @param permissions the permissions it defines, each named {@code <id>.<verb>}: a module cannot
 *                    declare the core's permissions or another module's
 */
public record ModuleDescriptor(String id, String name, String contextPath, String version, int navOrder,
                               List<PermissionDeclaration> permissions) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public ModuleDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A module id is 2 to 40 lower-case letters, digits or dashes: " + id);
        }
        if (contextPath == null || !contextPath.startsWith("/") || contextPath.endsWith("/")) {
            throw new IllegalArgumentException("A context path starts with / and does not end with one: " + contextPath);
        }
        permissions = permissions == null ? List.of() : List.copyOf(permissions);
        Set<String> seen = new HashSet<>();
        for (PermissionDeclaration permission : permissions) {
            if (!permission.id().startsWith(id + ".")) {
                throw new IllegalArgumentException("Module " + id + " may only declare permissions named " + id
                        + ".<verb>, not " + permission.id());
            }
            if (!seen.add(permission.id())) {
                throw new IllegalArgumentException("Permission " + permission.id() + " is declared twice");
            }
        }
    }

    /** A module that defines no permissions of its own. */
    public ModuleDescriptor(String id, String name, String contextPath, String version, int navOrder) {
        this(id, name, contextPath, version, navOrder, List.of());
    }
}

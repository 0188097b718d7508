package org.oursociety.portal.api.module;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a module WAR says about itself when it starts.
 *
 * @param id          stable id ({@code forum}); also the key of its name in resource bundles
 * @param contextPath where it is served ({@code /forum})
 * @param navOrder    where its link goes in the header, lowest first
 */
public record ModuleDescriptor(String id, String name, String contextPath, String version, int navOrder) {

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
    }
}

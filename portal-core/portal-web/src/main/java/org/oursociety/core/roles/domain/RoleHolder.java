package org.oursociety.core.roles.domain;

/**
 * Someone holding a role in an area or in an area above it (then {@code inherited}).
 *
 * @param area      the slug of the area the role was granted in
 * @param grantedAt ISO-8601 instant, UTC
 */
public record RoleHolder(String userId, String email, String displayName, String role, String area,
                         boolean inherited, String grantedAt) implements java.io.Serializable {
}

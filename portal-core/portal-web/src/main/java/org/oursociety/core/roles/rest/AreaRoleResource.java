package org.oursociety.core.roles.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.oursociety.core.roles.application.AreaRoleService;
import org.oursociety.core.roles.domain.RoleHolder;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/**
 * {@code /api/areas/{slug}/roles}: who holds what in an area, and granting ({@code PUT}) and revoking
 * ({@code DELETE}) {@code /{userId}/{role}}, both idempotent. Refusals are problem+json through the
 * area mapper: 404 unknown area, 400 unknown role or user, 403 outside the caller's power.
 */
@Path("areas/{slug}/roles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AreaRoleResource {

    /** The outcome of a grant: {@code changed} is false for a repeat. */
    public record Granted(String area, String userId, String role, boolean changed) {
    }

    @Inject
    AreaRoleService roles;

    @Inject
    AreaAccess access;

    @Inject
    CurrentUser currentUser;

    @GET
    public List<RoleHolder> holders(@PathParam("slug") String slug) {
        return roles.holders(actor(), slug);
    }

    @PUT
    @Path("{userId}/{role}")
    public Granted grant(@PathParam("slug") String slug, @PathParam("userId") String userId,
                         @PathParam("role") String role) {
        boolean changed = roles.grant(actor(), slug, userId, role);
        access.refreshNow();
        return new Granted(slug, userId, role, changed);
    }

    @DELETE
    @Path("{userId}/{role}")
    public Response revoke(@PathParam("slug") String slug, @PathParam("userId") String userId,
                           @PathParam("role") String role) {
        roles.revoke(actor(), slug, userId, role);
        access.refreshNow();
        return Response.noContent().build();
    }

    private PortalUser actor() {
        return currentUser.user().orElseThrow(Refusal::signInFirst);
    }
}

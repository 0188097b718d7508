package org.oursociety.portal.api.internal.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.rest.ProblemException;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/**
 * {@code GET <war>/api/me/permissions/{area}} in every WAR: what the caller may do in an area, as
 * this WAR's {@link AreaAccess} sees it now. Pages use it to show only the actions one may take; it
 * also shows that a grant has reached a module WAR.
 */
@Path("me/permissions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyPermissionsResource {

    /** The caller's permissions in the area, sorted. */
    public record AreaPermissions(String area, List<String> permissions) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    AreaAccess access;

    @GET
    @Path("{area}")
    public AreaPermissions in(@PathParam("area") String area) {
        PortalUser user = currentUser.user().orElseThrow(ProblemException::unauthorized);
        if (!access.knowsArea(area)) {
            throw new ProblemException(Response.Status.NOT_FOUND, "There is no area \"" + area + "\".");
        }
        return new AreaPermissions(area, List.copyOf(access.permissions(user, area)));
    }
}

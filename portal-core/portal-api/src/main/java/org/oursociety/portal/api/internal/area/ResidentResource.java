package org.oursociety.portal.api.internal.area;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.oursociety.portal.api.area.AreaDirectory;
import org.oursociety.portal.api.area.Residence;
import org.oursociety.portal.api.rest.ProblemException;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/**
 * {@code GET <war>/api/me/resident/{area}} in every WAR: whether the caller is a verified resident of
 * that area (or of an area inside it), as {@link Residence} tells the modules.
 */
@Path("me/resident/{slug}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResidentResource {

    /** The answer: the area asked about, and whether the caller lives there. */
    public record ResidentJson(String area, boolean verifiedResident) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Residence residence;

    @Inject
    AreaDirectory areas;

    @GET
    public ResidentJson resident(@PathParam("slug") String slug) {
        PortalUser user = currentUser.user().orElseThrow(ProblemException::unauthorized);
        if (areas.current().bySlug(slug).isEmpty()) {
            throw new ProblemException(Response.Status.NOT_FOUND, "There is no area \"" + slug + "\".");
        }
        return new ResidentJson(slug, residence.isVerifiedResident(user, slug));
    }
}

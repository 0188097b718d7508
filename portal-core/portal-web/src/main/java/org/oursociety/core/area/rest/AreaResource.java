package org.oursociety.core.area.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.oursociety.core.area.application.AreaChange;
import org.oursociety.core.area.application.AreaService;
import org.oursociety.core.area.application.NewArea;
import org.oursociety.core.area.domain.Area;
import org.oursociety.core.area.domain.AreaTree;
import org.oursociety.core.platform.CoreRefusal;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.rest.ProblemException;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/** {@code /api/areas}: the area tree for everyone; changes for those who manage the areas. */
@Path("areas")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AreaResource {

    @Inject
    AreaService areas;

    @Inject
    CurrentUser currentUser;

    /** Re-read after a change, so the caller's next request here sees the new tree (other WARs within 2 s). */
    @Inject
    AreaAccess access;

    @Context
    UriInfo uri;

    @GET
    public List<AreaJson.Node> tree(@QueryParam("archived") boolean withArchived) {
        AreaTree tree = areas.tree();
        return tree.roots().stream().map(root -> AreaJson.Node.of(root, tree, withArchived)).toList();
    }

    @GET
    @Path("{slug}")
    public AreaJson area(@PathParam("slug") String slug) {
        Area area = areas.bySlug(slug).orElseThrow(() -> CoreRefusal.notFound("area.unknown", slug));
        return AreaJson.of(area, areas.tree());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewArea request) {
        PortalUser actor = actor();
        if (request == null) {
            throw ProblemException.badRequest("Send a JSON object with \"slug\", \"name\", \"type\" and \"parent\".");
        }
        Area area = areas.create(actor, request);
        access.refreshNow();
        return Response.created(uri.getAbsolutePathBuilder().path(area.slug()).build())
                .entity(AreaJson.of(area, areas.tree())).build();
    }

    @PATCH
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AreaJson change(@PathParam("slug") String slug, AreaChange change) {
        PortalUser actor = actor();
        if (change == null) {
            throw ProblemException.badRequest("Send a JSON object with what changes: \"name\", \"description\", "
                    + "\"type\", \"parent\" or \"postcodes\".");
        }
        Area area = areas.change(actor, slug, change);
        access.refreshNow();
        return AreaJson.of(area, areas.tree());
    }

    @POST
    @Path("{slug}/archive")
    public AreaJson archive(@PathParam("slug") String slug) {
        Area area = areas.archive(actor(), slug);
        access.refreshNow();
        return AreaJson.of(area, areas.tree());
    }

    private PortalUser actor() {
        return currentUser.user().orElseThrow(Refusal::signInFirst);
    }
}

package org.oursociety.forum.space.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.oursociety.forum.platform.ForumText;
import org.oursociety.forum.space.application.SpaceService;
import org.oursociety.forum.space.domain.Category;
import org.oursociety.forum.space.domain.SpaceSettings;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/** {@code /forum/api/areas/{area}/categories} and {@code .../settings}. */
@Path("areas/{area}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SpaceResource {

    public record CategoryJson(String id, String name, String description, int position, boolean archived, long topics,
                               long posts, Instant latestActivity) {
        static CategoryJson of(Category c) {
            return new CategoryJson(c.id().toString(), c.name(), c.description(), c.position(), c.archived(), c.topics(),
                    c.posts(), c.latestActivity());
        }
    }

    public record CategoryRequest(String name, String description, Integer position, Boolean archived) {
    }

    public record SettingsJson(String read, String post, Integer flagThreshold) {
        static SettingsJson of(SpaceSettings s) {
            return new SettingsJson(s.readPolicy(), s.postPolicy(), s.flagThreshold());
        }
    }

    @Inject
    SpaceService spaces;

    @Inject
    CurrentUser currentUser;

    @PathParam("area")
    String area;

    @GET
    @Path("categories")
    public List<CategoryJson> categories() {
        return spaces.categories(currentUser.user(), area).stream().map(CategoryJson::of).toList();
    }

    @POST
    @Path("categories")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CategoryRequest request) {
        CategoryRequest body = require(request);
        Category created = spaces.create(currentUser.user(), area, body.name(), body.description());
        return Response.created(URI.create("/forum/api/areas/" + area + "/categories/" + created.id()))
                .entity(CategoryJson.of(created)).build();
    }

    @PATCH
    @Path("categories/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CategoryJson change(@PathParam("id") UUID id, CategoryRequest request) {
        CategoryRequest body = require(request);
        return CategoryJson.of(spaces.change(currentUser.user(), area, id, body.name(), body.description(),
                body.position(), body.archived()));
    }

    @GET
    @Path("settings")
    public SettingsJson settings() {
        return SettingsJson.of(spaces.settings(currentUser.user(), area));
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public SettingsJson changeSettings(SettingsJson request) {
        if (request == null) {
            throw Refusal.invalid("read", ForumText.of("forum.body.missing"));
        }
        return SettingsJson.of(spaces.changeSettings(currentUser.user(), area, request.read(), request.post(),
                request.flagThreshold()));
    }

    private static CategoryRequest require(CategoryRequest request) {
        if (request == null) {
            throw Refusal.invalid("name", ForumText.of("forum.body.missing"));
        }
        return request;
    }
}

package org.oursociety.core.useradmin.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.oursociety.core.platform.CoreRefusal;
import org.oursociety.core.platform.Page;
import org.oursociety.core.useradmin.application.UserAdminService;
import org.oursociety.core.useradmin.domain.UserSummary;

/**
 * {@code /api/admin/users}: find users, disable and enable them, grant and revoke platform admin.
 * Platform admins only ({@link UserAdminService} asks {@code PlatformAccess}); state changes with the cookie need {@code X-CSRF-Token}.
 * Each change answers the user as they are afterwards, and repeating it changes nothing.
 */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UserAdminResource {

    @Inject
    UserAdminService admin;

    /** {@code GET /api/admin/users?q=&page=}: email or name containing q, by email, 25 a page. */
    @GET
    public UserPage search(@QueryParam("q") String q, @QueryParam("page") String page) {
        int number;
        try {
            number = Page.number(page);
        } catch (IllegalArgumentException e) {
            throw CoreRefusal.badInput("input.sentence", e.getMessage()).at("page");
        }
        Page<UserSummary> found;
        try {
            found = admin.search(q, number);
        } catch (IllegalArgumentException e) {
            throw CoreRefusal.badInput("input.sentence", e.getMessage()).at("q");
        }
        return new UserPage(found.items().stream().map(UserJson::of).toList(), found.page(), found.pageSize(),
                found.total());
    }

    @POST
    @Path("{id}/disable")
    public UserJson disable(@PathParam("id") String id) {
        return change(id, admin::disable);
    }

    @POST
    @Path("{id}/enable")
    public UserJson enable(@PathParam("id") String id) {
        return change(id, admin::enable);
    }

    @PUT
    @Path("{id}/platform-admin")
    public UserJson grantPlatformAdmin(@PathParam("id") String id) {
        return change(id, admin::grantPlatformAdmin);
    }

    @DELETE
    @Path("{id}/platform-admin")
    public UserJson revokePlatformAdmin(@PathParam("id") String id) {
        return change(id, admin::revokePlatformAdmin);
    }

    private static UserJson change(String id, Function<UUID, UserSummary> action) {
        return UserJson.of(action.apply(uuid(id)));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw CoreRefusal.notFound("user.not-found");
        }
    }

    /** One page of users. */
    public record UserPage(List<UserJson> items, int page, int pageSize, long total) {
    }

    /** A user as the administration API shows them. */
    public record UserJson(String id, String email, String displayName, boolean confirmed, boolean platformAdmin,
                           boolean disabled, String createdAt) {

        static UserJson of(UserSummary u) {
            return new UserJson(u.id().toString(), u.email(), u.displayName(), u.confirmed(), u.platformAdmin(),
                    u.disabled(), u.createdAt().toInstant().toString());
        }
    }
}

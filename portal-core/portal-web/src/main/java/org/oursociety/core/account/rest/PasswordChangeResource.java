package org.oursociety.core.account.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.oursociety.core.account.application.ProfileService;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/** {@code POST /api/me/password}: change the password; every other session of the user is signed out. */
@Path("me/password")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordChangeResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ProfileService profiles;

    @POST
    public Response change(Change body) {
        PortalUser user = currentUser.user().orElseThrow(Refusal::signInFirst);
        Change c = body == null ? new Change(null, null) : body;
        profiles.changePassword(user.id(), user.sessionId(), c.currentPassword(), c.newPassword());
        return Response.noContent().build();
    }

    public record Change(String currentPassword, String newPassword) {
    }
}

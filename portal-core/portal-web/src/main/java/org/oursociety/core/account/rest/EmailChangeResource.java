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

/**
 * {@code POST /api/me/email}: ask to change the address. 202: a link goes to the new address, and the
 * change takes effect when it is followed ({@code /confirm-email.xhtml}).
 */
@Path("me/email")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmailChangeResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ProfileService profiles;

    @POST
    public Response request(UserResource.EmailOnly body) {
        PortalUser user = currentUser.user().orElseThrow(Refusal::signInFirst);
        profiles.requestEmailChange(user.id(), body == null ? null : body.email());
        return Accepted.with("api.emailChangeSent");
    }
}

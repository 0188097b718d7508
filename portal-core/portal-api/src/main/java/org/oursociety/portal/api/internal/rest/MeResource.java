package org.oursociety.portal.api.internal.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.oursociety.portal.api.internal.rest.UserJson;
import org.oursociety.portal.api.rest.ProblemException;
import org.oursociety.portal.api.security.CurrentUser;

/** {@code GET /api/me} in every WAR: who the token says the caller is, checked locally. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentUser currentUser;

    @GET
    public UserJson me() {
        return currentUser.user().map(UserJson::of).orElseThrow(ProblemException::unauthorized);
    }
}

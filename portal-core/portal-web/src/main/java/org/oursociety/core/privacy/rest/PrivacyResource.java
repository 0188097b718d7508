package org.oursociety.core.privacy.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.oursociety.core.platform.CoreRefusal;
import org.oursociety.core.privacy.application.PrivacyService;
import org.oursociety.core.privacy.domain.Erasure;
import org.oursociety.core.privacy.domain.PersonalDataExport;
import org.oursociety.portal.api.internal.security.Credential;
import org.oursociety.portal.api.internal.security.SessionCookie;
import org.oursociety.portal.api.rest.ProblemException;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/**
 * {@code GET /api/me/data}: the signed-in resident's data as a JSON file; {@code DELETE /api/me}
 * with {@code {"password"}}: delete their account. (portal-api's {@code MeResource} answers
 * {@code GET /api/me} in every WAR; JAX-RS merges the two classes' methods under the one path.)
 */
@Path("me")
@RequestScoped
public class PrivacyResource {

    @Inject
    PrivacyService privacy;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    @Path("data")
    @Produces(MediaType.APPLICATION_JSON)
    public Response download() {
        PortalUser user = currentUser.user().orElseThrow(Refusal::signInFirst);
        String token = Credential.from(request).map(Credential::token).orElseThrow(Refusal::signInFirst);
        PersonalDataExport export = privacy.export(user, token).orElseThrow(Refusal::signInFirst);
        String file = "our-society-my-data-" + LocalDate.now(ZoneOffset.UTC) + ".json";
        return Response.ok(export)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    public Response delete(Confirmation confirmation) {
        PortalUser user = currentUser.user().orElseThrow(Refusal::signInFirst);
        if (confirmation == null || confirmation.password() == null || confirmation.password().isEmpty()) {
            throw ProblemException.badRequest("Send a JSON object with your \"password\" to confirm; nothing was deleted.");
        }
        Erasure outcome = privacy.deleteAccount(user, confirmation.password());
        switch (outcome) {
            case WRONG_PASSWORD -> throw CoreRefusal.forbidden("privacy.wrong-password");
            case NO_ACCOUNT -> throw Refusal.signInFirst();
            case ERASED -> SessionCookie.clear(request, response);
        }
        return Response.noContent().build();
    }

    /** The body of {@code DELETE /api/me}. */
    public record Confirmation(String password) {
    }
}

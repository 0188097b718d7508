package org.oursociety.core.identity.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.oursociety.core.identity.application.SignInService;
import org.oursociety.core.platform.CoreRefusal;
import org.oursociety.portal.api.internal.rest.UserJson;
import org.oursociety.portal.api.internal.security.SessionCookie;
import org.oursociety.portal.api.internal.security.SessionTokens;
import org.oursociety.portal.api.rest.CsrfExempt;
import org.oursociety.portal.api.rest.ProblemException;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/** {@code /api/session}: sign in with email and password; sign out everywhere. */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    SignInService signIn;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @POST
    @CsrfExempt
    @Consumes(MediaType.APPLICATION_JSON)
    public SignedIn signIn(Credentials credentials) {
        if (credentials == null || isBlank(credentials.email()) || isBlank(credentials.password())) {
            throw ProblemException.badRequest("Send a JSON object with \"email\" and \"password\".");
        }
        SessionTokens.Issued issued = signIn.signIn(credentials.email(), credentials.password())
                .orElseThrow(() -> Refusal.of(Refusal.Kind.UNAUTHENTICATED, CoreRefusal.message("sign-in.failed")));
        SessionCookie.write(request, response, issued.token());
        return new SignedIn(issued.token(), issued.user().csrfToken(), UserJson.of(issued.user()));
    }

    @DELETE
    public Response signOut() {
        PortalUser user = currentUser.user().orElseThrow(Refusal::signInFirst);
        signIn.signOut(user.sessionId());
        SessionCookie.clear(request, response);
        return Response.noContent().build();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The sign-in request body. */
    public record Credentials(String email, String password) {
    }

    /** The sign-in response: the token for bearer use, the CSRF token for cookie use, and who signed in. */
    public record SignedIn(String token, String csrfToken, UserJson user) {
    }
}

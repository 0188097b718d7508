package org.oursociety.core.account.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.oursociety.core.account.application.AccountMessages;
import org.oursociety.core.account.application.PasswordResetService;
import org.oursociety.core.account.domain.AccountToken;
import org.oursociety.portal.api.rest.CsrfExempt;

/** {@code /api/password-reset}: ask for a reset link (202 whether or not the address has an account); use it. */
@Path("password-reset")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    @Inject
    PasswordResetService resets;

    @POST
    @CsrfExempt
    public Response request(UserResource.EmailOnly body) {
        resets.request(body == null ? null : body.email());
        return Accepted.with("api.resetSent");
    }

    /** 204 when the password was set (every session of the user is then signed out); 410 for a spent link. */
    @POST
    @Path("complete")
    @CsrfExempt
    public Response complete(Completion body) {
        Completion c = body == null ? new Completion(null, null) : body;
        if (c.token() == null || c.token().isBlank()) {
            throw AccountMessages.invalid(Map.of("token", AccountMessages.message("error.token.required")));
        }
        AccountToken.State state = resets.complete(c.token(), c.password());
        return switch (state) {
            case VALID -> Response.noContent().build();
            case EXPIRED -> throw UserResource.gone("api.linkExpired");
            case USED -> throw UserResource.gone("api.linkUsed");
        };
    }

    public record Completion(String token, String password) {
    }
}

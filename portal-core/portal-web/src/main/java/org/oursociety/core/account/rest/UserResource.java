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
import org.oursociety.core.account.application.RegistrationService;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.CsrfExempt;
import org.oursociety.portal.api.rest.Refusal;

/**
 * {@code /api/users}: register, ask for the confirmation link again, confirm. Answers do not depend on
 * whether an address has an account.
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    RegistrationService registration;

    /** 202 for a new address and for one that has an account alike; the mail says which it was. */
    @POST
    @CsrfExempt
    public Response register(Registration body) {
        Registration r = body == null ? new Registration(null, null, null, null) : body;
        registration.register(r.email(), r.displayName(), r.password(), r.preferredLanguage());
        return Accepted.with("api.registered");
    }

    @POST
    @Path("confirmation")
    @CsrfExempt
    public Response resend(EmailOnly body) {
        registration.resendConfirmation(body == null ? null : body.email());
        return Accepted.with("api.confirmationSent");
    }

    /** Follows a confirmation link: 200, or 410 for an expired or used one. */
    @POST
    @Path("confirm")
    @CsrfExempt
    public Map<String, Boolean> confirm(TokenOnly body) {
        String token = body == null ? null : body.token();
        if (token == null || token.isBlank()) {
            throw AccountMessages.invalid(Map.of("token", AccountMessages.message("error.token.required")));
        }
        RegistrationService.Confirmed confirmed = registration.confirm(token);
        return switch (confirmed.outcome()) {
            case CONFIRMED -> Map.of("confirmed", true);
            case EXPIRED -> throw gone("api.linkExpired");
            case USED, UNKNOWN -> throw gone("api.linkUsed");
        };
    }

    static Refusal gone(String key) {
        return Refusal.of(Refusal.Kind.GONE, new Message(AccountMessages.BUNDLE, key));
    }

    /** The registration request body; {@code preferredLanguage} ({@code en} or {@code cy}) is optional. */
    public record Registration(String email, String displayName, String password, String preferredLanguage) {
    }

    public record EmailOnly(String email) {
    }

    public record TokenOnly(String token) {
    }
}

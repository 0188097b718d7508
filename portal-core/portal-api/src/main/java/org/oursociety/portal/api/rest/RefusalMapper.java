package org.oursociety.portal.api.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.oursociety.portal.api.i18n.Languages;

/** Every {@link Refusal} of every WAR's API as problem+json in the caller's language, with Retry-After. */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Refusal refusal) {
        return answer(refusal, request);
    }

    /** The same answer where a JAX-RS filter must abort the request itself rather than throw. */
    public static Response answer(Refusal refusal, HttpServletRequest request) {
        Response response = refusal.toProblem(Languages.of(request)).toResponse();
        refusal.retryAfter().ifPresent(wait ->
                response.getHeaders().putSingle("Retry-After", Long.toString(Math.max(1, wait.toSeconds()))));
        return response;
    }
}

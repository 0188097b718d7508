package org.oursociety.core.residence.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;
import org.oursociety.core.residence.application.ResidenceMessages;
import org.oursociety.core.residence.application.ResidenceRefused;
import org.oursociety.portal.api.rest.Problem;

/**
 * A refused residence action as problem+json in English: bad input 400 with the field in
 * {@code errors}, 403, 404, 409 (code used), 410 (code expired), 429 with {@code Retry-After}.
 */
@Provider
public class ResidenceRefusedMapper implements ExceptionMapper<ResidenceRefused> {

    @Override
    public Response toResponse(ResidenceRefused refused) {
        ResidenceMessages messages = ResidenceMessages.in(Locale.ENGLISH);
        String detail = messages.explain(refused);
        Map<String, String> errors = refused.field().map(field -> Map.of(field, detail)).orElse(Map.of());
        Response.Status status = switch (refused.kind()) {
            case BAD_INPUT -> Response.Status.BAD_REQUEST;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
            case GONE -> Response.Status.GONE;
            case TOO_MANY -> Response.Status.TOO_MANY_REQUESTS;
        };
        Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, errors);
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        if (refused.kind() == ResidenceRefused.Kind.TOO_MANY) {
            response.header(HttpHeaders.RETRY_AFTER, refused.retryAfterSeconds());
        }
        return response.build();
    }
}

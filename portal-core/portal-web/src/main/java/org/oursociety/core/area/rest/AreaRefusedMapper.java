package org.oursociety.core.area.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.oursociety.core.area.application.AreaRefused;
import org.oursociety.portal.api.rest.Problem;

/** A refused area change answers as problem+json with the status its kind calls for. */
@Provider
public class AreaRefusedMapper implements ExceptionMapper<AreaRefused> {

    @Override
    public Response toResponse(AreaRefused refused) {
        Response.Status status = switch (refused.kind()) {
            case BAD_INPUT -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case CONFLICT -> Response.Status.CONFLICT;
        };
        return Problem.of(status, refused.getMessage()).toResponse();
    }
}

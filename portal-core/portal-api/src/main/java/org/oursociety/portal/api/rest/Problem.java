package org.oursociety.portal.api.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem detail; every API error of every WAR is one of these.
 *
 * @param errors for invalid input, the extension member {@code "errors"}: one message per field, keyed by
 *               the field's JSON name, e.g. {@code {"email": "Enter an email address like name@example.org."}};
 *               {@code null} (and then left out of the JSON) for other problems
 */
public record Problem(String type, String title, int status, String detail, Map<String, String> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public Problem(String type, String title, int status, String detail) {
        this(type, title, status, detail, null);
    }

    public static Problem of(Response.Status status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail);
    }

    /** 400 with a message per field; the detail says in one sentence that fields need fixing. */
    public static Problem invalid(String detail, Map<String, String> errors) {
        Response.Status status = Response.Status.BAD_REQUEST;
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}

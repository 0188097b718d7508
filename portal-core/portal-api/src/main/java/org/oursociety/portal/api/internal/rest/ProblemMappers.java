package org.oursociety.portal.api.internal.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.oursociety.portal.api.rest.Problem;
import org.oursociety.portal.api.rest.ProblemException;

/** Turns every exception that reaches JAX-RS into problem+json, never a stack trace. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    @Provider
    public static class ForProblem implements ExceptionMapper<ProblemException> {
        @Override
        public Response toResponse(ProblemException e) {
            return e.problem().toResponse();
        }
    }

    @Provider
    public static class ForWebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (isJsonError(e)) {
                return malformedJson(e).toResponse();
            }
            Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
            if (status == null) {
                status = Response.Status.INTERNAL_SERVER_ERROR;
            }
            String detail = switch (status) {
                case NOT_FOUND -> "There is nothing at this address.";
                case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
                case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
                case NOT_ACCEPTABLE -> "This address answers in application/json.";
                default -> status.getReasonPhrase();
            };
            return Problem.of(status, detail).toResponse();
        }
    }

    @Provider
    public static class ForJsonb implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return malformedJson(e).toResponse();
        }
    }

    @Provider
    public static class ForProcessing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return malformedJson(e).toResponse();
        }
    }

    @Provider
    public static class ForAnything implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            if (isJsonError(e)) {
                return malformedJson(e).toResponse();
            }
            LOG.log(Level.SEVERE, "Unexpected error in an API call", e);
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                    "Something went wrong on our side; it has been logged.").toResponse();
        }
    }

    static boolean isJsonError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                return true;
            }
        }
        return false;
    }

    static Problem malformedJson(Throwable e) {
        return Problem.of(Response.Status.BAD_REQUEST, "The request body is not valid JSON of the expected shape.");
    }
}

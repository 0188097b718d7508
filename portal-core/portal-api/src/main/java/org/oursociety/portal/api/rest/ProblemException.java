package org.oursociety.portal.api.rest;

import jakarta.ws.rs.core.Response;

/** Thrown by resources and services to answer with a problem detail. */
public class ProblemException extends RuntimeException {

    private final Problem problem;

    public ProblemException(Response.Status status, String detail) {
        super(detail);
        this.problem = Problem.of(status, detail);
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException unauthorized() {
        return new ProblemException(Response.Status.UNAUTHORIZED, "Sign in to use this.");
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, detail);
    }
}

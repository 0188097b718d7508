package org.oursociety.portal.api.rest;

import jakarta.ws.rs.core.Response;

/** Thrown by resources and services to answer with a problem detail. */
public class ProblemException extends RuntimeException {

    private final Problem problem;

    public ProblemException(Response.Status status, String detail) {
        super(detail);
        this.problem = Problem.of(status, detail);
    }

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    /** 400 with one message per field (the problem's {@code errors} member). */
    public static ProblemException invalid(String detail, java.util.Map<String, String> errors) {
        return new ProblemException(Problem.invalid(detail, errors));
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

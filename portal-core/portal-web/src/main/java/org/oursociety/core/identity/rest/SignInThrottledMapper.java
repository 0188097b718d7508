package org.oursociety.core.identity.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.oursociety.core.identity.application.SignInThrottledException;
import org.oursociety.core.identity.domain.ThrottleRules;
import org.oursociety.portal.api.rest.Problem;

/**
 * A throttled sign-in: 429 with {@code Retry-After} in seconds and a problem that says when to try
 * again. The same for every email, account or not.
 */
@Provider
public class SignInThrottledMapper implements ExceptionMapper<SignInThrottledException> {

    @Override
    public Response toResponse(SignInThrottledException e) {
        long seconds = ThrottleRules.retryAfterSeconds(e.retryAfter());
        long minutes = Math.max(1, (seconds + 59) / 60);
        Problem problem = Problem.of(Response.Status.TOO_MANY_REQUESTS,
                "Too many failed attempts to sign in. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes."));
        return Response.status(Response.Status.TOO_MANY_REQUESTS).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, seconds).entity(problem).build();
    }
}

package org.oursociety.portal.api.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.oursociety.portal.api.i18n.Languages;

/**
 * A {@link Refusal} answered by a servlet filter, where no JAX-RS mapper runs: the same problem+json, in
 * the reader's language, with the same {@code Retry-After}, as {@link RefusalMapper} gives the APIs.
 */
public final class RefusalResponse {

    private RefusalResponse() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, Refusal refusal)
            throws IOException {
        Problem problem = refusal.toProblem(Languages.of(request));
        JsonObjectBuilder json = Json.createObjectBuilder().add("type", problem.type()).add("title", problem.title())
                .add("status", problem.status()).add("detail", problem.detail());
        if (problem.errors() != null) {
            JsonObjectBuilder errors = Json.createObjectBuilder();
            problem.errors().forEach(errors::add);
            json.add("errors", errors);
        }
        response.setStatus(problem.status());
        refusal.retryAfter().ifPresent(wait ->
                response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds()))));
        response.setContentType(Problem.MEDIA_TYPE.toString());
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.build().toString());
    }
}

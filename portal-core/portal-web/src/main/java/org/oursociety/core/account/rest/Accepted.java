package org.oursociety.core.account.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.oursociety.core.account.application.AccountMessages;

/** The body of a 202 answer: one sentence, the same whatever happened behind it. */
public record Accepted(String message) {

    static Response with(String key) {
        return Response.accepted(new Accepted(AccountMessages.in(Locale.ENGLISH).get(key)))
                .type(MediaType.APPLICATION_JSON).build();
    }
}

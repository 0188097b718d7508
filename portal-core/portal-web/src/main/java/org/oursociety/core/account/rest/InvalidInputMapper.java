package org.oursociety.core.account.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.oursociety.core.account.application.AccountMessages;
import org.oursociety.core.account.application.InvalidInput;
import org.oursociety.portal.api.rest.Problem;

/** Refused input: 400 problem+json with an {@code errors} member holding one message per field. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInput> {

    @Override
    public Response toResponse(InvalidInput invalid) {
        AccountMessages messages = AccountMessages.in(java.util.Locale.ENGLISH);
        return Problem.invalid(messages.get("error.invalid"), messages.messages(invalid)).toResponse();
    }
}

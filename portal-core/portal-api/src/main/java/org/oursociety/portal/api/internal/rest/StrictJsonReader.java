package org.oursociety.portal.api.internal.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;

/**
 * Applies {@link JsonShape} to every JSON request body of every WAR before JSON-B reads it, so that
 * bad input (a NUL, an unpaired surrogate, deep nesting, a huge number, a number where text belongs)
 * is a 400 problem+json naming the field, in one place, instead of a 500 somewhere later or a value
 * quietly converted. The body is already in memory and bounded ({@link RequestBodyFilter}).
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class StrictJsonReader implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        if (!RequestBodyFilter.isJson(context.getMediaType()) || isRaw(context.getType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (body.length > 0) {
            Map<String, Message> problems = JsonShape.problems(body, context.getGenericType());
            if (!problems.isEmpty()) {
                Message whole = problems.get("");
                throw whole != null ? Refusal.of(Refusal.Kind.INVALID, whole) : Refusal.invalid(problems);
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean isRaw(Class<?> type) {
        return type == byte[].class || type == String.class || InputStream.class.isAssignableFrom(type)
                || type == java.io.Reader.class;
    }
}

package org.oursociety.portal.api.internal.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.internal.security.Authenticated;
import org.oursociety.portal.api.internal.security.Credential;
import org.oursociety.portal.api.rest.CsrfExempt;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.rest.RefusalMapper;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * A state-changing API call authenticated by the session cookie must echo the session's CSRF
 * token in {@code X-CSRF-Token}: a browser sends the cookie to any site's form, but only our own
 * script can read the token. Bearer calls carry their credential explicitly and need no token.
 */
@Provider
public class CsrfFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CurrentUser currentUser;

    @Context
    ResourceInfo resourceInfo;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod()) || isExempt()) {
            return;
        }
        Authenticated auth = currentUser.authenticated().orElse(null);
        if (auth == null || auth.source() != Credential.Source.COOKIE) {
            return;
        }
        String presented = request.getHeaderString(HEADER);
        if (presented == null || !MessageDigest.isEqual(
                presented.getBytes(StandardCharsets.UTF_8), auth.user().csrfToken().getBytes(StandardCharsets.UTF_8))) {
            request.abortWith(RefusalMapper.answer(Refusal.of(Refusal.Kind.FORBIDDEN,
                    new Message("org.oursociety.portal.api.Messages", "refusal.csrf")), servletRequest));
        }
    }

    private boolean isExempt() {
        return resourceInfo.getResourceMethod() != null
                && (resourceInfo.getResourceMethod().isAnnotationPresent(CsrfExempt.class)
                || resourceInfo.getResourceClass().isAnnotationPresent(CsrfExempt.class));
    }
}

package org.oursociety.core.admin.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.oursociety.core.admin.application.PlatformAccess;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.rest.RefusalResponse;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/**
 * Guards the administration's URLs: every page under {@code /admin/} and every API under
 * {@code /api/admin/}, each request, Ajax postbacks included. It decides nothing itself: whether the
 * caller is a platform admin is {@link PlatformAccess}'s answer, and the services ask it again.
 *
 * <p>Others: the API answers 401 (not signed in) or 403 (signed in) as the same problem+json as every
 * other refusal ({@link RefusalResponse}); pages send the anonymous visitor to sign in and answer 404
 * to everyone else, where 403 would only confirm that the page exists.
 */
@WebFilter(urlPatterns = {"/admin/*", "/api/admin/*"})
public class AdminAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlatformAccess platform;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<PortalUser> user = currentUser.user();
        boolean api = path(request).startsWith("/api/");
        if (user.isEmpty()) {
            if (api) {
                RefusalResponse.send(request, response, Refusal.signInFirst());
            } else {
                response.sendRedirect(request.getContextPath() + "/login.xhtml?next="
                        + URLEncoder.encode(path(request), StandardCharsets.UTF_8));
            }
            return;
        }
        if (!platform.isPlatformAdmin(user.get())) {
            if (api) {
                RefusalResponse.send(request, response, PlatformAccess.notAdmin());
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}

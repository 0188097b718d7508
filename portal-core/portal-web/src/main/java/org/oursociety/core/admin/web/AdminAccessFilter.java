package org.oursociety.core.admin.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
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
import org.oursociety.core.identity.application.UserRepository;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.security.Roles;

/**
 * The one place that decides who may use the administration: every page under {@code /admin/} and
 * every API under {@code /api/admin/}, each request, Ajax postbacks included. Only a platform admin
 * whose account still is one (read from the database, so a revoked or disabled admin loses access at
 * once, before their token expires) gets through.
 *
 * <p>Others: the API answers 401 (not signed in) or 403 (signed in) as problem+json; pages send the
 * anonymous visitor to sign in and answer 404 to everyone else, where 403 would only confirm that
 * the page exists.
 */
@WebFilter(urlPatterns = {"/admin/*", "/api/admin/*"})
public class AdminAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserRepository users;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<PortalUser> user = currentUser.user();
        boolean api = path(request).startsWith("/api/");
        if (user.isEmpty()) {
            if (api) {
                problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "Sign in to use this.");
            } else {
                response.sendRedirect(request.getContextPath() + "/login.xhtml?next="
                        + URLEncoder.encode(path(request), StandardCharsets.UTF_8));
            }
            return;
        }
        if (!isPlatformAdmin(user.get())) {
            if (api) {
                problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                        "Only platform administrators may use this.");
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isPlatformAdmin(PortalUser user) {
        return user.hasRole(Roles.PLATFORM_ADMIN)
                && users.byId(user.id()).filter(a -> a.isPlatformAdmin() && !a.isDisabled()).isPresent();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank").add("title", title)
                .add("status", status).add("detail", detail).build().toString());
    }
}

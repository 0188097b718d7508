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
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.rest.RefusalResponse;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * Sends someone not signed in who asks for an administration page ({@code /admin/}) to sign in first, and
 * answers the administration API ({@code /api/admin/}) 401 for them, before any page or resource runs. It
 * decides nothing else: whether a signed-in caller may is {@link org.oursociety.core.admin.application.PlatformAccess}'s
 * answer, asked by each page ({@link AdminPage}) and each service.
 */
@WebFilter(urlPatterns = {"/admin/*", "/api/admin/*"})
public class AdminAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (currentUser.isSignedIn()) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            RefusalResponse.send(request, response, Refusal.signInFirst());
        } else {
            response.sendRedirect(request.getContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(path, StandardCharsets.UTF_8));
        }
    }
}

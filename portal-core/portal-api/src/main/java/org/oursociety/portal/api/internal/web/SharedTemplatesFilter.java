package org.oursociety.portal.api.internal.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The shared layout and error pages ({@code /portal/*.xhtml}, served from portal-api's
 * {@code META-INF/resources}) are templates and error pages, not pages: asked for directly, every WAR
 * answers 404. Only the container's error dispatch (the {@code error-page}s of web-fragment.xml) and
 * {@code template="/portal/layout.xhtml"} reach them; the stylesheet and images under {@code /portal/}
 * are served as before.
 */
@WebFilter(urlPatterns = "/portal/*", dispatcherTypes = DispatcherType.REQUEST)
public class SharedTemplatesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isFacelet(request.getRequestURI())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isFacelet(String uri) {
        String path = uri == null ? "" : uri.toLowerCase(java.util.Locale.ROOT);
        int parameters = path.indexOf(';');
        return (parameters < 0 ? path : path.substring(0, parameters)).endsWith(".xhtml");
    }
}

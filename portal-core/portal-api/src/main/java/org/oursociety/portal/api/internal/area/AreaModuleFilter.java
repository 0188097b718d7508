package org.oursociety.portal.api.internal.area;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.oursociety.portal.api.area.AreaContext;
import org.oursociety.portal.api.area.AreaDirectory;
import org.oursociety.portal.api.area.AreaMap;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.internal.area.ReservedSlugs;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.rest.RefusalResponse;

/**
 * Routes a module's area URLs, {@code /{module}/{area-slug}/...}: answers 404 (the shared
 * not-found page) when the area is unknown or the module is switched off there, and otherwise
 * serves the rest of the path with the area set for the page ({@link AreaContext}). Pages at
 * {@code /{module}/{area-slug}/} are the module's {@code area.xhtml}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AreaModuleFilter extends HttpFilter {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    @Inject
    AreaDirectory directory;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String module = request.getContextPath().isEmpty() ? null : request.getContextPath().substring(1);
        Optional<String[]> areaAndRest = module == null ? Optional.empty() : areaAndRest(request.getServletPath()
                + (request.getPathInfo() == null ? "" : request.getPathInfo()));
        if (module != null && "/area.xhtml".equals(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND); // only reachable as /{module}/{area}/
            return;
        }
        if (module != null && isOffInItsArea(module, request.getServletPath(), request.getPathInfo())) {
            RefusalResponse.send(request, response, Refusal.of(Refusal.Kind.NOT_FOUND,
                    new Message("org.oursociety.portal.api.Messages", "refusal.module-off")));
            return;
        }
        if (areaAndRest.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String slug = areaAndRest.get()[0];
        AreaMap map = directory.current();
        Optional<AreaMap.AreaRef> area = map.bySlug(slug);
        if (area.isEmpty() || !map.isEnabled(module, area.get())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String rest = areaAndRest.get()[1];
        if (rest.isEmpty()) {
            response.sendRedirect(request.getRequestURI() + "/");
            return;
        }
        request.setAttribute(AreaContext.ATTRIBUTE, slug);
        // the container may already have applied the welcome file to "/{area}/"
        boolean areaHome = rest.equals("/") || rest.equals("/index.xhtml");
        request.getRequestDispatcher(areaHome ? "/area.xhtml" : rest).forward(request, response);
    }

    /**
     * A module's API about an area ({@code /api/areas/{slug}/...}) answers 404 where the area is unknown or
     * the module is off, exactly as its pages do, so no module has to check the switch itself.
     */
    private boolean isOffInItsArea(String module, String servletPath, String pathInfo) {
        Optional<String> slug = apiAreaSlug(servletPath + (pathInfo == null ? "" : pathInfo));
        if (slug.isEmpty()) {
            return false;
        }
        AreaMap map = directory.current();
        Optional<AreaMap.AreaRef> area = map.bySlug(slug.get());
        return area.isEmpty() || !map.isEnabled(module, area.get());
    }

    /** {@code /api/areas/riverside/topics} → {@code riverside}. */
    static Optional<String> apiAreaSlug(String path) {
        String prefix = "/api/areas/";
        if (path == null || !path.startsWith(prefix)) {
            return Optional.empty();
        }
        int end = path.indexOf('/', prefix.length());
        String slug = end < 0 ? path.substring(prefix.length()) : path.substring(prefix.length(), end);
        return slug.isEmpty() ? Optional.empty() : Optional.of(slug);
    }

    /** {@code /riverside/topics} → {@code ["riverside", "/topics"]}, for a first segment that can be a slug. */
    static Optional<String[]> areaAndRest(String path) {
        if (path == null || path.length() < 2 || path.charAt(0) != '/') {
            return Optional.empty();
        }
        int end = path.indexOf('/', 1);
        String first = end < 0 ? path.substring(1) : path.substring(1, end);
        if (!SLUG.matcher(first).matches() || ReservedSlugs.isReserved(first)) {
            return Optional.empty();
        }
        return Optional.of(new String[]{first, end < 0 ? "" : path.substring(end)});
    }
}

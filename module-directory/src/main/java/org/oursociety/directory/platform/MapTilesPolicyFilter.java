package org.oursociety.directory.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;
import org.oursociety.directory.listing.application.MapTiles;

/**
 * Lets the configured tile server into the directory's {@code img-src}, and nothing else: the portal's
 * policy (the same for every WAR) allows images from the portal only, and the map's tiles come from
 * elsewhere. The policy is set before the page and again by PrimeFaces with its nonce, so both writes are
 * amended as they pass. Without a tile server the policy is left exactly as it is.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class MapTilesPolicyFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";

    @Inject
    MapTiles tiles;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> origin = tiles.origin();
        if (origin.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String present = response.getHeader(CSP);
        if (present != null) {
            response.setHeader(CSP, withImages(present, origin.get()));
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, CSP.equalsIgnoreCase(name) ? withImages(value, origin.get()) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, CSP.equalsIgnoreCase(name) ? withImages(value, origin.get()) : value);
            }
        });
    }

    /** The policy with {@code origin} added to its {@code img-src} (once). */
    static String withImages(String policy, String origin) {
        if (policy == null) {
            return null;
        }
        int directive = policy.indexOf("img-src");
        if (directive < 0) {
            return policy + "; img-src 'self' data: " + origin;
        }
        int end = policy.indexOf(';', directive);
        if (policy.substring(directive, end < 0 ? policy.length() : end).contains(origin)) {
            return policy;
        }
        return policy.substring(0, directive) + "img-src " + origin + policy.substring(directive + "img-src".length());
    }
}

package org.oursociety.portal.api.internal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.oursociety.portal.api.internal.web.RequestScheme;

/**
 * The security headers of every response of every WAR (registered in portal-api's web-fragment.xml).
 *
 * <p>The Content-Security-Policy is the one in the context parameter {@code primefaces.CSP_POLICY}.
 * On Faces pages PrimeFaces' CSP mode sends that same policy with this response's script nonce
 * appended; a second header would be enforced as well and, lacking the nonce, would block
 * PrimeFaces' scripts. So this filter sets the policy first and lets a later CSP header replace it
 * instead of adding to it: pages get the nonce'd policy, everything else (APIs, redirects, static
 * files) the plain one.
 */
public class SecurityHeadersFilter extends HttpFilter {

    public static final String CSP = "Content-Security-Policy";
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";
    /** Used when the context parameter is missing; it must end with script-src, where PrimeFaces adds its nonce. */
    static final String DEFAULT_POLICY = "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'";
    /** One year, the minimum for browsers' preload lists. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private String policy;

    @Override
    public void init() {
        String configured = getServletContext().getInitParameter(POLICY_PARAMETER);
        policy = configured == null || configured.isBlank() ? DEFAULT_POLICY : configured.strip();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (RequestScheme.isHttps(request)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, new SinglePolicy(response));
    }

    /** Turns "add another CSP header" into "replace the CSP header". */
    static final class SinglePolicy extends HttpServletResponseWrapper {

        SinglePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}

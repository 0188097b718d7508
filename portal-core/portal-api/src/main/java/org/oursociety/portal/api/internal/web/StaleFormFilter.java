package org.oursociety.portal.api.internal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * A form posted without the page's CSP nonce (PrimeFaces' script adds it; a page kept open across a
 * restart, a script-less client or a forged post lack it) makes PrimeFaces throw while rendering the
 * answer. That is a stale form, not a server fault: the visitor gets the page afresh (303 to the same
 * address) instead of the error page with a 500.
 */
public class StaleFormFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(StaleFormFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!isCspRefusal(e) || response.isCommitted()) {
                throw e;
            }
            LOG.log(Level.INFO, "A form to {0} came without its CSP nonce; sending the page afresh", request.getRequestURI());
            response.reset();
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getRequestURI() + (query == null ? "" : "?" + query));
        }
    }

    static boolean isCspRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CspException) {
                return true;
            }
        }
        return false;
    }
}

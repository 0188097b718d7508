package org.oursociety.portal.api.internal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.oursociety.portal.api.web.PlainGet;

/**
 * The portal's error pages ({@code /portal/problem.xhtml}, {@code /portal/expired.xhtml}) are rendered for
 * requests that failed, which may have a method Faces refuses (an unknown {@code FOO}: Faces would answer
 * its own empty 400/501) or carry a stale form's view state (a postback whose missing CSP nonce PrimeFaces
 * would refuse, so the "page expired" page itself failed with an empty 500). On the error dispatch the page
 * sees a plain GET without parameters, so it always renders. A stale form is the visitor's, not a fault of
 * the server: 400, not the 500 the container sets for an exception.
 */
public class ErrorDispatchFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object exception = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION);
        if (isViewExpired(exception)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        chain.doFilter(new PlainGet(request), response);
    }

    static boolean isViewExpired(Object exception) {
        for (Throwable t = exception instanceof Throwable e ? e : null; t != null; t = t.getCause()) {
            if (t instanceof jakarta.faces.application.ViewExpiredException) {
                return true;
            }
        }
        return false;
    }
}

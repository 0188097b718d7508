package org.oursociety.portal.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * A request seen as a plain GET without parameters or query, so that a page forwarded to after a failed or
 * refused post (an error page, an upload page listing what was wrong) renders as if freshly opened: Faces
 * would otherwise take the post for a postback of that page, and reading the body could fail again.
 */
public final class PlainGet extends HttpServletRequestWrapper {

    public PlainGet(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getMethod() {
        return "GET";
    }

    @Override
    public String getParameter(String name) {
        return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
        return null;
    }

    @Override
    public String getQueryString() {
        return null;
    }
}

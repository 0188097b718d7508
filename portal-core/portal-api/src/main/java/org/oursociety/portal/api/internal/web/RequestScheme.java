package org.oursociety.portal.api.internal.web;

import jakarta.servlet.http.HttpServletRequest;

/** Whether the browser reached us over https, directly or through a TLS-terminating proxy. */
public final class RequestScheme {

    private RequestScheme() {
    }

    public static boolean isHttps(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }
}

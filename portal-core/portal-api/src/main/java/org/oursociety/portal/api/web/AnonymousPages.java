package org.oursociety.portal.api.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a page tells portal-api's cache of anonymous readers' pages (the pages a WAR names in its context parameter
 * {@code portal.anonymous-pages}; docs/ARCHITECTURE.md, "Anonymous readers get kept pages").
 */
public final class AnonymousPages {

    /** The request attribute the cache reads. */
    public static final String NOT_KEPT = AnonymousPages.class.getName() + ".notKept";

    private AnonymousPages() {
    }

    /**
     * This answer shows something read live from elsewhere (another module's card) whose changes this WAR never
     * hears of, and which must show at once: send it, but do not keep it for the next reader.
     */
    public static void doNotKeep(HttpServletRequest request) {
        request.setAttribute(NOT_KEPT, Boolean.TRUE);
    }
}

package org.oursociety.portal.api.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The address of the page being shown ({@code #{portalPage}}), as the visitor typed it (before any
 * forward by the area filter), for links that come back to it: "Sign in" and the language switch.
 */
@Named("portalPage")
@RequestScoped
public class PageAddress {

    @Inject
    HttpServletRequest request;

    /** Path and query of the page in the address bar, e.g. {@code /forum/riverside/?page=2}. */
    public String getHere() {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String path = forwarded != null ? (String) forwarded : request.getRequestURI();
        Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String query = forwarded != null ? (String) forwardedQuery : request.getQueryString();
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    /** The header's "Sign in": back here afterwards, except from pages about signing in. */
    public String getSignInHref() {
        String here = getHere();
        if (here.startsWith("/login.xhtml") || here.startsWith("/register.xhtml") || here.startsWith("/forgot.xhtml")
                || here.startsWith("/reset.xhtml") || here.startsWith("/confirm") || here.equals("/")
                || here.startsWith("/portal/")) {
            return "/login.xhtml";
        }
        return "/login.xhtml?next=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
    }

    /** The language switch: this page again in {@code language} (the language filter remembers the choice). */
    public String languageHref(String language) {
        String path = getHere();
        int q = path.indexOf('?');
        String base = q < 0 ? path : path.substring(0, q);
        String query = q < 0 ? "" : stripLang(path.substring(q + 1));
        return base + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + language;
    }

    private static String stripLang(String query) {
        StringBuilder kept = new StringBuilder();
        for (String part : query.split("&")) {
            if (!part.isEmpty() && !part.startsWith("lang=")) {
                kept.append(kept.length() == 0 ? "" : "&").append(part);
            }
        }
        return kept.toString();
    }
}

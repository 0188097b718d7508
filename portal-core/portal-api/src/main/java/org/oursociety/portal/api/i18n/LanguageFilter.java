package org.oursociety.portal.api.i18n;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.oursociety.portal.api.internal.security.Authenticated;
import org.oursociety.portal.api.internal.web.RequestScheme;

/**
 * Decides each request's language once ({@link Languages#of}) and handles the header's language
 * switch on pages (not under {@code /api/}): {@code GET any-page?lang=cy} remembers the choice in the {@code portal_lang} cookie (path
 * {@code /}, so every WAR sees it), makes it the signed-in user's preference, and sends the browser
 * back to the same address without the parameter (303).
 *
 * <p>Order of precedence: the signed-in user's preference, else the cookie, else
 * {@code Accept-Language}, else English. Registered in portal-api's web fragment for every WAR.
 */
public class LanguageFilter extends HttpFilter {

    static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    LanguagePreferences preferences;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(Languages.ATTRIBUTE) != null) {
            chain.doFilter(request, response); // decided already, before a forward
            return;
        }
        // Pages only: APIs take ?lang= as an ordinary parameter (the area cards are asked for with it).
        // GETs only: reading a parameter of a POST parses its body here, before the WAR's servlet, and a
        // multipart upload too large for that servlet's @MultipartConfig then failed here with a 500.
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        String asked = api || !"GET".equals(request.getMethod()) ? null : request.getParameter("lang");
        Locale chosen = Languages.supported(asked);
        Authenticated caller = (Authenticated) request.getAttribute(Authenticated.ATTRIBUTE);
        if (chosen != null) {
            Cookie cookie = new Cookie(Languages.COOKIE, chosen.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setSecure(RequestScheme.isHttps(request));
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            if (caller != null) {
                preferences.prefer(caller.user().id(), chosen);
            }
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", withoutLang(request));
            return;
        }
        if (api) {
            // An API call needs its language only for the words of an error: decided when first asked, so
            // that the calls that succeed (a ballot, most of them) do not read the preference.
            request.setAttribute(Languages.ATTRIBUTE, new Languages.Pending(() -> decide(request, caller)));
        } else {
            request.setAttribute(Languages.ATTRIBUTE, decide(request, caller));
        }
        chain.doFilter(request, response);
    }

    private Locale decide(HttpServletRequest request, Authenticated caller) {
        Locale language = null;
        if (caller != null) {
            language = preferences.of(caller.user().id(), cookie(request)).orElse(null);
        }
        return language != null ? language : Languages.fromRequest(request);
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (Languages.COOKIE.equals(c.getName())) {
                    Locale known = Languages.supported(c.getValue());
                    return known == null ? null : known.getLanguage();
                }
            }
        }
        return null;
    }

    /** The same address without {@code lang=}: a path on this site, never another. */
    static String withoutLang(HttpServletRequest request) {
        StringBuilder kept = new StringBuilder();
        String query = request.getQueryString();
        if (query != null) {
            for (String part : query.split("&")) {
                if (!part.isEmpty() && !part.startsWith("lang=")) {
                    kept.append(kept.length() == 0 ? "?" : "&").append(part);
                }
            }
        }
        String path = request.getRequestURI();
        return (path.startsWith("//") || path.startsWith("/\\") ? "/" : path) + kept;
    }
}

package org.oursociety.portal.api.internal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.oursociety.portal.api.i18n.Languages;
import org.oursociety.portal.api.internal.security.Authenticated;
import org.oursociety.portal.api.web.AnonymousPages;

/**
 * Serves the pages a WAR names in the context parameter {@value #PAGES} (servlet paths, e.g.
 * {@code /topic.xhtml, /area.xhtml}) to anonymous readers from a {@link PageCache}, so a page read by hundreds of
 * visitors a second is rendered about once a second instead of once per visitor. Registered in portal-api's web
 * fragment for every WAR, after the language filter and for forwards too (the area filter forwards
 * {@code /forum/riverside/topic.xhtml} to {@code /topic.xhtml}); a WAR without the parameter is not touched.
 *
 * <p>Only a GET with no cookie but the language's, no {@code Authorization} header and no signed-in caller is
 * served from the cache or kept: a cookie of any other kind (a sign-in, even an expired one, a session, a
 * Faces flash) may change the page, so its reader gets a fresh render. Only a 200 HTML answer that set no
 * cookie, no dated header and opened no session is kept, unless the page said {@link AnonymousPages#doNotKeep}.
 * The key is the address as typed and the language.
 */
public class AnonymousPageFilter extends HttpFilter {

    /** The context parameter naming the pages a WAR lets anonymous readers have from the cache. */
    public static final String PAGES = "portal.anonymous-pages";
    /** How long a page is kept: every change this WAR makes forgets it at once, others show within this. */
    static final Duration MAX_AGE = Duration.ofSeconds(1);
    static final int MAX_ENTRIES = 500;
    static final long MAX_BYTES = 32L * 1024 * 1024;
    private static final String SEEN = AnonymousPageFilter.class.getName() + ".seen";

    private Set<String> pages = Set.of();
    private PageCache cache;

    @Override
    public void init() {
        pages = parse(getServletContext().getInitParameter(PAGES));
        if (!pages.isEmpty()) {
            cache = PageCache.listening(MAX_AGE, MAX_ENTRIES, MAX_BYTES);
        }
    }

    static Set<String> parse(String parameter) {
        return parameter == null ? Set.of() : Arrays.stream(parameter.split(","))
                .map(String::strip).filter(p -> p.startsWith("/")).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (cache == null || request.getAttribute(SEEN) != null || !pages.contains(request.getServletPath())
                || !isAnonymousGet(request)) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(SEEN, Boolean.TRUE);
        boolean[] renderedHere = {false};
        PageCache.Page page = cache.get(key(request), () -> {
            renderedHere[0] = true;
            CapturedPage captured = new CapturedPage(response, (int) (MAX_BYTES / 4));
            chain.doFilter(request, captured);
            return captured.page(request.getSession(false) != null
                    || request.getAttribute(AnonymousPages.NOT_KEPT) != null);
        });
        if (page != null) {
            serve(page, response);
        } else if (!renderedHere[0]) {
            chain.doFilter(request, response);
        }
    }

    static boolean isAnonymousGet(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null
                || request.getAttribute(Authenticated.ATTRIBUTE) != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        return cookies == null || Arrays.stream(cookies).allMatch(c -> Languages.COOKIE.equals(c.getName()));
    }

    /** The address as the reader typed it (before the area filter's forward) and the language it is shown in. */
    private static String key(HttpServletRequest request) {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String path = forwarded != null ? (String) forwarded : request.getRequestURI();
        String query = forwarded != null ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
                : request.getQueryString();
        String host = request.getServerName() + ":" + request.getServerPort();
        return PageCache.key(RequestScheme.isHttps(request) ? "https" : "http", host, path, query,
                Languages.of(request));
    }

    /** The kept page with a nonce of this answer's own, in the bytes and in the CSP header. */
    private static void serve(PageCache.Page page, HttpServletResponse response) throws IOException {
        String nonce = PageCache.newNonce();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (page.locale() != null) {
            response.setLocale(page.locale());
        }
        Set<String> set = new HashSet<>();
        for (PageCache.Header header : page.headersWith(nonce)) {
            // the first value replaces what the filters before this one set (the CSP without a nonce)
            if (set.add(header.name().toLowerCase(Locale.ROOT))) {
                response.setHeader(header.name(), header.value());
            } else {
                response.addHeader(header.name(), header.value());
            }
        }
        response.setContentLength(page.size());
        page.writeWith(nonce, response.getOutputStream());
    }
}

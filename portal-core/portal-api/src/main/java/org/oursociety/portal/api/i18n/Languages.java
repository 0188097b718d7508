package org.oursociety.portal.api.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The languages the portal speaks (English and Welsh) and which one a request gets: the signed-in
 * user's preference, else the {@code portal_lang} cookie (the header's language choice), else the
 * browser's {@code Accept-Language}, else English. {@link LanguageFilter} decides once per request and
 * leaves the answer in the request attribute {@link #ATTRIBUTE}; pages get it through
 * {@link LanguageViewHandler}, APIs through {@link #of}.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale WELSH = Locale.forLanguageTag("cy");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, WELSH);
    public static final String COOKIE = "portal_lang";
    /** Request attribute holding the request's language, set by {@link LanguageFilter}. */
    public static final String ATTRIBUTE = "org.oursociety.portal.language";

    private Languages() {
    }

    /** A language {@link LanguageFilter} decides only when {@link #of} first asks (API calls). */
    record Pending(Supplier<Locale> decision) {
    }

    /** The language for this request. */
    public static Locale of(HttpServletRequest request) {
        Object decided = request.getAttribute(ATTRIBUTE);
        if (decided instanceof Locale language) {
            return language;
        }
        if (decided instanceof Pending pending) {
            Locale language = pending.decision().get();
            request.setAttribute(ATTRIBUTE, language);
            return language;
        }
        return fromRequest(request);
    }

    /** The cookie's language, else the browser's, else English (what a visitor who is not signed in gets). */
    public static Locale fromRequest(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    Locale chosen = supported(cookie.getValue());
                    if (chosen != null) {
                        return chosen;
                    }
                }
            }
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            Locale chosen = supported(wanted.getLanguage());
            if (chosen != null) {
                return chosen;
            }
        }
        return ENGLISH;
    }

    /** {@code cy} → Welsh, {@code en} → English, anything else → {@code null}. */
    public static Locale supported(String tag) {
        if (tag == null) {
            return null;
        }
        return switch (tag.strip().toLowerCase(Locale.ROOT)) {
            case "en" -> ENGLISH;
            case "cy" -> WELSH;
            default -> null;
        };
    }
}

package org.oursociety.portal.api.internal.web;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.oursociety.portal.api.i18n.Languages;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.internal.rest.JsonShape;
import org.oursociety.portal.api.web.PlainGet;

/**
 * Refuses, for every WAR and before any of its code runs, an address or a posted form that holds a NUL
 * character (U+0000) or broken UTF-8 / an unpaired surrogate: PostgreSQL refuses NUL in text with an
 * exception, and a broken character would be saved as "?". The API answers 400 problem+json; a page
 * answers 400 with the portal's error page. Nothing is logged beyond one line at FINE: bad input is the
 * visitor's, not a fault.
 *
 * <p>JSON bodies are checked by {@link org.oursociety.portal.api.internal.rest.StrictJsonReader}; here only the
 * address (path and query) and, for pages, a form body (which the container parses into parameters
 * anyway). An API's form body is left to JAX-RS, which reads it itself.
 */
public class InputGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(InputGuardFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = isApi(request);
        boolean form = !api && isForm(request);
        if (form && request.getCharacterEncoding() == null) {
            // Before the parameters are parsed: they would be read as ISO-8859-1, and too late for Faces to fix.
            String encoding = request.getServletContext().getRequestCharacterEncoding();
            request.setCharacterEncoding(encoding == null ? "UTF-8" : encoding);
        }
        if (!cleanlyEncoded(request.getRequestURI()) || !cleanlyEncoded(request.getQueryString())
                || form && !cleanParameters(request.getParameterMap())) {
            LOG.log(Level.FINE, "Refused bad input in the address or form of {0}", request.getRequestURI());
            refuse(request, response, api);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!ErrorDispatchFilter.isViewExpired(e) || response.isCommitted()) {
                throw e;
            }
            // A form whose view state is gone (a page kept open past the session, a forged post): the
            // visitor's, not a fault. The "page expired" page, without the stack trace the container
            // would log on the way to its error page.
            LOG.log(Level.FINE, "A form to {0} came with a view state that cannot be restored", request.getRequestURI());
            response.reset();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            request.getRequestDispatcher(EXPIRED_PAGE).forward(new PlainGet(request), response);
        }
    }

    static final String EXPIRED_PAGE = "/portal/expired.xhtml";

    private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean api) throws IOException {
        if (!api) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale locale = Languages.of(request);
        String detail = new Message(JsonShape.BUNDLE, "query.bad").in(locale);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "about:blank").add("title", "Bad Request").add("status", 400).add("detail", detail)
                .build().toString());
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    static boolean cleanParameters(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (!cleanText(parameter.getKey())) {
                return false;
            }
            for (String value : parameter.getValue()) {
                if (value != null && !cleanText(value)) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean cleanText(String text) {
        return text.indexOf('\0') < 0 && !JsonShape.hasLoneSurrogate(text);
    }

    /**
     * True if the raw (percent-encoded) address part, once decoded, is valid UTF-8 without NUL.
     * A malformed escape ({@code %zz}) is left to the container, which refuses it already.
     */
    static boolean cleanlyEncoded(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return raw == null || cleanText(raw);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
            return decoded.indexOf('\0') < 0;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}

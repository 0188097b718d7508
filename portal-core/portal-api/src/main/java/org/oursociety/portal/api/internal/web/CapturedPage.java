package org.oursociety.portal.api.internal.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page being rendered for {@link AnonymousPageFilter}: headers go on to the real response as usual (and are
 * noted, to be sent again with a kept copy), the body is held back, so that a page that may be kept reaches even
 * its first reader with a nonce of its own. A page that may not be kept is passed on as it was rendered
 * ({@link #release}). A body larger than {@code limit} is not held: it flows to the reader as it is written.
 */
final class CapturedPage extends HttpServletResponseWrapper {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    private final int limit;
    private final List<PageCache.Header> headers = new ArrayList<>();
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private boolean overflowed;
    /** Something in the answer is this reader's own or this moment's: a cookie, a date header. */
    private boolean personal;
    private Locale locale;
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturedPage(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    /**
     * The rendered page, if it may be kept: a 200 HTML page that set no cookie and fit, and not
     * {@code notForKeeping} (a session was opened, the page asked). Otherwise {@code null}, and whatever was held
     * back has been sent.
     */
    PageCache.Page page(boolean notForKeeping) throws IOException {
        flushWriter();
        String type = getContentType();
        boolean keepable = !overflowed && !personal && !notForKeeping && getStatus() == SC_OK && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("text/html");
        if (!keepable) {
            release();
            return null;
        }
        return new PageCache.Page(type, locale, headers, held.toByteArray(), nonce());
    }

    /** Sends what was held back, as rendered. */
    private void release() throws IOException {
        if (held.size() > 0) {
            getResponse().getOutputStream().write(held.toByteArray());
            held.reset();
        }
    }

    private String nonce() {
        for (PageCache.Header header : headers) {
            if (SecurityHeadersFilter.CSP.equalsIgnoreCase(header.name())) {
                Matcher found = NONCE.matcher(header.value());
                return found.find() ? found.group(1) : null;
            }
        }
        return null;
    }

    @Override
    public void setHeader(String name, String value) {
        headers.removeIf(h -> h.name().equalsIgnoreCase(name));
        note(name, value);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        // SecurityHeadersFilter turns a second CSP header into a replacement; keep the same here
        if (SecurityHeadersFilter.CSP.equalsIgnoreCase(name)) {
            headers.removeIf(h -> h.name().equalsIgnoreCase(name));
        }
        note(name, value);
        super.addHeader(name, value);
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, Integer.toString(value));
    }

    @Override
    public void setDateHeader(String name, long date) {
        // a date (Expires, Last-Modified) would be wrong on a kept copy
        personal = true;
        super.setDateHeader(name, date);
    }

    @Override
    public void addDateHeader(String name, long date) {
        personal = true;
        super.addDateHeader(name, date);
    }

    private void note(String name, String value) {
        if ("Set-Cookie".equalsIgnoreCase(name)) {
            personal = true;
        } else if (!"Content-Length".equalsIgnoreCase(name) && !"Content-Type".equalsIgnoreCase(name)) {
            headers.add(new PageCache.Header(name, value));
        }
    }

    @Override
    public void addCookie(Cookie c) {
        personal = true;
        super.addCookie(c);
    }

    @Override
    public void setLocale(Locale l) {
        locale = l;
        super.setLocale(l);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was called");
        }
        if (stream == null) {
            stream = new HoldingStream();
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (stream != null && writer == null) {
            throw new IllegalStateException("getOutputStream() was called");
        }
        if (writer == null) {
            stream = new HoldingStream();
            writer = new PrintWriter(new OutputStreamWriter(stream, getCharacterEncoding()));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        flushWriter();
        if (overflowed) {
            super.flushBuffer();
        }
        // otherwise nothing to flush: the body is held back until the page is complete
    }

    @Override
    public void resetBuffer() {
        held.reset();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        held.reset();
        headers.clear();
        personal = false;
        locale = null;
        super.reset();
    }

    private void flushWriter() {
        if (writer != null) {
            writer.flush();
        }
    }

    /** Holds the bytes up to the limit; past it, sends what it held and everything after. */
    private final class HoldingStream extends ServletOutputStream {

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (!overflowed && held.size() + length > limit) {
                overflowed = true;
                release();
            }
            if (overflowed) {
                getResponse().getOutputStream().write(bytes, offset, length);
            } else {
                held.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            if (overflowed) {
                getResponse().getOutputStream().flush();
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("A page is rendered synchronously");
        }
    }
}

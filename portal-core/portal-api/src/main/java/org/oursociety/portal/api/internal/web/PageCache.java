package org.oursociety.portal.api.internal.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import jakarta.servlet.ServletException;
import org.oursociety.portal.api.internal.cache.CacheInvalidation;

/**
 * Pages rendered for anonymous readers, kept for a short {@code maxAge} and forgotten, all of them, whenever this
 * WAR hears of any change ({@link CacheInvalidation}, every topic): a forum reply, a hidden post, a renamed
 * category, a switch or a role changed here. What this WAR learns only by re-reading (changes made in another WAR
 * or instance, within their 2 s) shows here at most {@code maxAge} later.
 *
 * <p>Not a {@code Refreshed}: it is keyed, bounded in bytes, and renders each key once however many readers ask
 * at the same moment (the others wait for that render, or keep getting the previous page while it is renewed
 * after {@code maxAge}; never longer than {@code 2 * maxAge}), because a busy page's readers would otherwise all
 * render it at once each time it expires.
 *
 * <p>A page is kept with the CSP script nonce it was rendered with; every reader gets it with a nonce of its own
 * ({@link Page#writeWith}, {@link Page#headersWith}). The stored nonce never leaves the server (the reader whose request rendered it gets a
 * fresh one too), so no member's text can contain it.
 */
final class PageCache {

    /** Renders the page; {@code null} when the answer may not be kept (not a 200 HTML page, a cookie, a session). */
    @FunctionalInterface
    interface Renderer {
        Page render() throws IOException, ServletException;
    }

    private record Entry(Page page, Instant storedAt, long generation) {
    }

    private final Duration maxAge;
    private final int maxEntries;
    private final long maxBytes;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();
    /** Counts forgettings: a page rendered across one is served to its own reader but not kept. */
    private final AtomicLong generation = new AtomicLong();
    private long bytes;

    PageCache(Duration maxAge, int maxEntries, long maxBytes, Clock clock) {
        this.maxAge = Objects.requireNonNull(maxAge);
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.clock = Objects.requireNonNull(clock);
    }

    /** A cache that forgets on every change this WAR hears of. */
    static PageCache listening(Duration maxAge, int maxEntries, long maxBytes) {
        PageCache cache = new PageCache(maxAge, maxEntries, maxBytes, Clock.systemUTC());
        for (CacheInvalidation.Topic topic : CacheInvalidation.Topic.values()) {
            CacheInvalidation.listen(topic, key -> cache.forgetAll());
        }
        return cache;
    }

    /**
     * The page under {@code key}: the kept one while it is young, else one rendered by {@code renderer} (in this
     * thread, or in another that was already rendering it). {@code null} when there is none to serve: the render
     * here was not one to keep (it has answered its reader itself), or another thread's render was not.
     */
    Page get(String key, Renderer renderer) throws IOException, ServletException {
        long current = generation.get();
        Entry kept = entries.get(key);
        boolean valid = kept != null && kept.generation() == current;
        Duration age = valid ? Duration.between(kept.storedAt(), clock.instant()) : null;
        if (valid && age.compareTo(maxAge) < 0) {
            return kept.page();
        }
        CompletableFuture<Page> mine = new CompletableFuture<>();
        CompletableFuture<Page> running = rendering.putIfAbsent(key, mine);
        if (running != null) {
            return valid && age.compareTo(maxAge.multipliedBy(2)) < 0 ? kept.page() : await(running);
        }
        Page page = null;
        boolean keep = false;
        try {
            page = renderer.render();
            keep = page != null && store(key, page, current);
            return page;
        } finally {
            rendering.remove(key, mine);
            mine.complete(keep ? page : null);
        }
    }

    /** Forgets every page; a render under way is served to its own reader but not kept. */
    synchronized void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
        bytes = 0;
    }

    int size() {
        return entries.size();
    }

    synchronized long bytes() {
        return bytes;
    }

    private synchronized boolean store(String key, Page page, long renderedIn) {
        // a page bigger than a quarter of the whole would push out most others
        if (generation.get() != renderedIn || page.size() > maxBytes / 4) {
            return false;
        }
        Entry previous = entries.put(key, new Entry(page, clock.instant(), renderedIn));
        bytes += page.size() - (previous == null ? 0 : previous.page().size());
        // the oldest go first: the pages being read are renewed every maxAge, so they stay
        while (entries.size() > maxEntries || bytes > maxBytes) {
            Map.Entry<String, Entry> oldest = entries.entrySet().stream()
                    .min(Comparator.comparing((Map.Entry<String, Entry> e) -> e.getValue().storedAt())).orElseThrow();
            entries.remove(oldest.getKey());
            bytes -= oldest.getValue().page().size();
        }
        return true;
    }

    /** Another thread's render, waited for briefly: a slow one is not worth queueing readers behind. */
    private Page await(CompletableFuture<Page> running) {
        try {
            return running.get(maxAge.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** The key of a page: the address as typed (scheme, host, path, query) and the language it is shown in. */
    static String key(String scheme, String host, String path, String query, Locale language) {
        return scheme + "://" + host + path + (query == null ? "" : "?" + query) + " " + language.toLanguageTag();
    }

    /**
     * A nonce as PrimeFaces makes them ({@code CspState.generateNonce}: Base64 of a random UUID's text), since
     * PrimeFaces checks that shape on a stateless form's postback; always 48 characters.
     */
    static String newNonce() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A header a render set (besides the content type and length). */
    record Header(String name, String value) {
    }

    /** A rendered page: its content type, language, headers and bytes, and the nonce it was rendered with. */
    static final class Page {

        private final String contentType;
        private final Locale locale;
        private final List<Header> headers;
        private final byte[] body;
        private final String nonce;
        /** Where the nonce sits in the bytes, found once rather than on every reader's copy. */
        private final int[] nonceAt;

        Page(String contentType, Locale locale, List<Header> headers, byte[] body, String nonce) {
            this.contentType = Objects.requireNonNull(contentType);
            this.locale = locale;
            this.headers = List.copyOf(headers);
            this.body = body.clone();
            this.nonce = nonce;
            this.nonceAt = nonce == null ? new int[0] : positions(this.body, nonce.getBytes(StandardCharsets.US_ASCII));
        }

        String contentType() {
            return contentType;
        }

        /** The response's locale ({@code Content-Language}), or {@code null} when the render set none. */
        Locale locale() {
            return locale;
        }

        int size() {
            return body.length;
        }

        /** The headers with {@code fresh} in place of the stored nonce. */
        List<Header> headersWith(String fresh) {
            return nonce == null ? headers : headers.stream()
                    .map(h -> new Header(h.name(), h.value().replace(nonce, fresh))).toList();
        }

        /**
         * Writes the bytes with {@code fresh} (of the same length) in place of the stored nonce, piece by piece: no
         * copy of the page per answer.
         */
        void writeWith(String fresh, OutputStream out) throws IOException {
            byte[] replacement = fresh.getBytes(StandardCharsets.US_ASCII);
            if (nonce != null && replacement.length != nonce.length()) {
                throw new IllegalArgumentException("A nonce of another length");
            }
            int from = 0;
            for (int at : nonceAt) {
                out.write(body, from, at - from);
                out.write(replacement);
                from = at + replacement.length;
            }
            out.write(body, from, body.length - from);
        }

        private static int[] positions(byte[] body, byte[] needle) {
            List<Integer> found = new ArrayList<>();
            outer:
            for (int i = 0; i <= body.length - needle.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (body[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                found.add(i);
                i += needle.length - 1;
            }
            return found.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}

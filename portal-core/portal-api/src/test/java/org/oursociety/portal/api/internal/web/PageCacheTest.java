package org.oursociety.portal.api.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.i18n.Languages;
import org.oursociety.portal.api.internal.cache.CacheInvalidation;
import org.oursociety.portal.api.testing.MutableClock;

/**
 * The anonymous readers' page cache: one render per page and second however many ask, a nonce of each reader's
 * own, every page forgotten on any change, and bounded in pages and bytes.
 */
class PageCacheTest {

    private static final Duration MAX_AGE = Duration.ofSeconds(1);
    private static final String N0 = PageCache.newNonce();

    private final MutableClock clock = MutableClock.atNow();
    private final AtomicInteger renders = new AtomicInteger();

    private PageCache cache(int maxEntries, long maxBytes) {
        return new PageCache(MAX_AGE, maxEntries, maxBytes, clock);
    }

    private PageCache.Page page(String text) {
        renders.incrementAndGet();
        String html = "<script nonce=\"" + N0 + "\">x</script><p>" + text + "</p><script nonce=\"" + N0 + "\"></script>";
        return new PageCache.Page("text/html;charset=UTF-8", null, List.of(new PageCache.Header(
                SecurityHeadersFilter.CSP, "script-src 'self' 'nonce-" + N0 + "';")),
                html.getBytes(StandardCharsets.UTF_8), N0);
    }

    @Test
    void aPageIsRenderedOncePerMaxAge() throws Exception {
        PageCache cache = cache(10, 1 << 20);
        assertThat(cache.get("a", () -> page("one"))).isNotNull();
        cache.get("a", () -> page("two"));
        assertThat(renders).as("kept").hasValue(1);
        cache.get("b", () -> page("other"));
        assertThat(renders).as("another address is its own page").hasValue(2);

        clock.advance(MAX_AGE);
        assertThat(text(cache.get("a", () -> page("three")))).contains("three");
    }

    @Test
    void aPageThatMayNotBeKeptIsRenderedEachTime() throws Exception {
        PageCache cache = cache(10, 1 << 20);
        AtomicInteger tries = new AtomicInteger();
        assertThat(cache.get("a", () -> {
            tries.incrementAndGet();
            return null;
        })).isNull();
        cache.get("a", () -> {
            tries.incrementAndGet();
            return null;
        });
        assertThat(tries).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void everyReaderGetsANonceOfItsOwnInTheBytesAndTheHeader() throws Exception {
        PageCache.Page kept = cache(10, 1 << 20).get("a", () -> page("text with " + N0.substring(0, 10)));
        String fresh = PageCache.newNonce();

        String body = text(kept, fresh);
        assertThat(body).doesNotContain(N0).contains("<script nonce=\"" + fresh + "\">x</script>");
        assertThat(body.split(fresh, -1)).hasSize(3);
        assertThat(kept.headersWith(fresh)).singleElement()
                .satisfies(h -> assertThat(h.value()).isEqualTo("script-src 'self' 'nonce-" + fresh + "';"));
        assertThat(text(kept, PageCache.newNonce())).as("the kept bytes are untouched")
                .doesNotContain(fresh);
    }

    @Test
    void noncesAreShapedAsPrimeFacesMakesThem() {
        String nonce = PageCache.newNonce();
        assertThat(nonce).hasSize(48).isNotEqualTo(PageCache.newNonce());
        assertThat(new String(java.util.Base64.getDecoder().decode(nonce), StandardCharsets.UTF_8))
                .matches("[0-9a-f-]{36}");
    }

    @Test
    void anyChangeThisWarHearsOfForgetsEveryPage() throws Exception {
        PageCache cache = PageCache.listening(Duration.ofMinutes(1), 10, 1 << 20);
        cache.get("a", () -> page("old"));
        cache.get("b", () -> page("old"));

        CacheInvalidation.changed(CacheInvalidation.Topic.MODULE_DATA, "forum.topic:123");

        assertThat(cache.size()).isZero();
        assertThat(text(cache.get("a", () -> page("new")))).contains("new");
    }

    @Test
    void aPageRenderedAcrossAChangeGoesToItsReaderButIsNotKept() throws Exception {
        PageCache cache = cache(10, 1 << 20);
        PageCache.Page served = cache.get("a", () -> {
            PageCache.Page before = page("before the change");
            cache.forgetAll();
            return before;
        });
        assertThat(text(served)).contains("before the change");
        assertThat(text(cache.get("a", () -> page("after")))).contains("after");
    }

    @Test
    void readersAskingAtOnceWaitForOneRender() throws Exception {
        PageCache cache = cache(10, 1 << 20);
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Future<PageCache.Page> first = pool.submit(() -> cache.get("a", () -> {
                rendering.countDown();
                hold(release);
                return page("once");
            }));
            rendering.await();
            List<Future<PageCache.Page>> others = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                others.add(pool.submit(() -> cache.get("a", () -> page("again"))));
            }
            Thread.sleep(100); // let them reach the wait
            release.countDown();
            assertThat(text(first.get(5, TimeUnit.SECONDS))).contains("once");
            for (Future<PageCache.Page> other : others) {
                assertThat(text(other.get(5, TimeUnit.SECONDS))).contains("once");
            }
            assertThat(renders).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whileAnExpiredPageIsRenderedAgainOthersGetItForAMomentMore() throws Exception {
        PageCache cache = cache(10, 1 << 20);
        cache.get("a", () -> page("first"));
        clock.advance(MAX_AGE);
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<PageCache.Page> renewing = pool.submit(() -> cache.get("a", () -> {
                rendering.countDown();
                hold(release);
                return page("second");
            }));
            rendering.await();
            assertThat(text(cache.get("a", () -> page("not asked")))).contains("first");
            clock.advance(MAX_AGE);
            release.countDown();
            assertThat(text(renewing.get(5, TimeUnit.SECONDS))).contains("second");
        } finally {
            pool.shutdownNow();
        }
        assertThat(text(cache.get("a", () -> page("not asked")))).contains("second");
    }

    @Test
    void theOldestPagesGoWhenThereAreTooMany() throws Exception {
        PageCache cache = cache(2, 1 << 20);
        cache.get("a", () -> page("a"));
        clock.advance(Duration.ofMillis(10));
        cache.get("b", () -> page("b"));
        clock.advance(Duration.ofMillis(10));
        cache.get("c", () -> page("c"));

        assertThat(cache.size()).isEqualTo(2);
        int before = renders.get();
        cache.get("c", () -> page("c"));
        cache.get("b", () -> page("b"));
        assertThat(renders).as("the newest are kept").hasValue(before);
        cache.get("a", () -> page("a"));
        assertThat(renders).as("the oldest went").hasValue(before + 1);
    }

    @Test
    void pagesAreBoundedInBytesAndABigOneIsNotKept() throws Exception {
        int size = page("x").size();
        PageCache cache = cache(100, size * 4L);
        for (int i = 0; i < 10; i++) {
            cache.get("p" + i, () -> page("x"));
            clock.advance(Duration.ofMillis(1));
        }
        assertThat(cache.bytes()).isLessThanOrEqualTo(size * 4L);
        assertThat(cache.size()).isEqualTo(4);

        cache.get("big", () -> page("x".repeat(size * 2)));
        cache.get("big", () -> page("x".repeat(size * 2)));
        assertThat(renders).as("a page over a quarter of the whole is served but not kept").hasValue(10 + 1 + 2);
    }

    @Test
    void theKeyIsTheAddressAsTypedAndTheLanguage() {
        String english = PageCache.key("http", "example.org:80", "/forum/riverside/topic.xhtml", "id=1&page=2",
                Languages.ENGLISH);
        assertThat(english).isEqualTo("http://example.org:80/forum/riverside/topic.xhtml?id=1&page=2 en");
        assertThat(PageCache.key("http", "example.org:80", "/forum/riverside/topic.xhtml", "id=1&page=2",
                Languages.WELSH)).isNotEqualTo(english);
        assertThat(PageCache.key("https", "example.org:80", "/forum/riverside/topic.xhtml", "id=1&page=2",
                Locale.ENGLISH)).isNotEqualTo(english);
        assertThat(PageCache.key("http", "example.org:80", "/forum/riverside/topic.xhtml", null, Locale.ENGLISH))
                .isEqualTo("http://example.org:80/forum/riverside/topic.xhtml en");
    }

    @Test
    void aWarNamesItsPagesByServletPath() {
        assertThat(AnonymousPageFilter.parse(" /topic.xhtml, /area.xhtml ,,topic")).containsExactlyInAnyOrder(
                "/topic.xhtml", "/area.xhtml");
        assertThat(AnonymousPageFilter.parse(null)).isEmpty();
    }

    private static void hold(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String text(PageCache.Page page) throws IOException {
        return text(page, PageCache.newNonce());
    }

    private static String text(PageCache.Page page, String nonce) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        page.writeWith(nonce, out);
        assertThat(out.size()).as("as long as the kept page").isEqualTo(page.size());
        return out.toString(StandardCharsets.UTF_8);
    }
}

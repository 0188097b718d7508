package org.oursociety.core.home.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.home.AreaCard;
import org.oursociety.portal.api.internal.cache.CacheInvalidation;
import org.oursociety.portal.api.internal.module.ModuleCalls;
import org.oursociety.portal.api.testing.MutableClock;
import org.oursociety.portal.api.module.ModuleDescriptor;
import org.oursociety.portal.api.internal.module.ModuleRegistry.RegisteredModule;

/** The home page's cards come from the modules that answer in time; the others leave nothing. */
class ModuleCardsTest {

    private HttpServer server;
    private final ModuleCards cards = new ModuleCards();
    private final Map<String, String> asked = new ConcurrentHashMap<>();
    private final AtomicInteger forumAsked = new AtomicInteger();
    private final MutableClock clock = MutableClock.atNow();

    @BeforeEach
    void modules() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/forum/api/areas/riverside/card", exchange -> {
            asked.put("forum", exchange.getRequestURI().getQuery() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            forumAsked.incrementAndGet();
            answer(exchange, 200, """
                    {"module":"ignored","title":"Trafodaethau diweddaraf","summary":"Dim trafodaethau eto.",
                     "items":[{"label":"Biniau","href":"/forum/riverside/t/1","detail":"5 ateb","status":null}],
                     "href":"/forum/riverside/","action":"Mynd i'r fforwm"}""");
        });
        server.createContext("/budget/api/areas/riverside/card", exchange -> answer(exchange, 204, null));
        server.createContext("/directory/api/areas/riverside/card", exchange -> {
            try {
                Thread.sleep(5000); // slower than the time-out
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, "{\"title\":\"Too late\"}");
        });
        server.createContext("/evil/api/areas/riverside/card", exchange -> answer(exchange, 200,
                "{\"title\":\"Elsewhere\",\"href\":\"https://evil.example/\",\"items\":[]}"));
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        cards.calls = new ModuleCalls(server.getAddress().getPort());
        cards.clock = clock;
        cards.listen();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void onlyTheModulesThatAnswerWithACardInTimeShowOne() {
        Instant started = Instant.now();
        List<AreaCard> shown = cards.fetch(List.of(module("forum"), module("budget"), module("directory"), module("broken")),
                "riverside", "cy", Optional.of("the-token"));

        assertThat(Duration.between(started, Instant.now())).as("never waits for a slow module").isLessThan(Duration.ofSeconds(4));
        assertThat(shown).singleElement().satisfies(card -> {
            assertThat(card.module()).as("the module that answered, whatever it says").isEqualTo("forum");
            assertThat(card.title()).isEqualTo("Trafodaethau diweddaraf");
            assertThat(card.items()).extracting(AreaCard.Item::label).containsExactly("Biniau");
            assertThat(card.href()).isEqualTo("/forum/riverside/");
        });
        assertThat(asked.get("forum")).isEqualTo("lang=cy Bearer the-token");
    }

    @Test
    void aCardMayOnlyLinkWithinThePortal() {
        List<AreaCard> shown = cards.fetch(List.of(module("evil")), "riverside", "en", Optional.empty());

        assertThat(shown).singleElement().extracting(AreaCard::href).isNull();
    }

    @Test
    void cardsAreRememberedForTwoSecondsAndForgottenAtOnceWhenTheAreaChanges() {
        List<RegisteredModule> forum = List.of(module("forum"));
        cards.fetch(forum, "riverside", "en", Optional.empty());
        cards.fetch(forum, "riverside", "en", Optional.empty());
        assertThat(forumAsked).as("the second page within 2 s asks no module").hasValue(1);

        cards.fetch(forum, "riverside", "cy", Optional.empty());
        cards.fetch(forum, "riverside", "en", Optional.of("a-reader"));
        assertThat(forumAsked).as("another language or reader is asked for its own card").hasValue(3);

        CacheInvalidation.changed(CacheInvalidation.Topic.MODULE_CARDS, "riverside");
        cards.fetch(forum, "riverside", "en", Optional.empty());
        assertThat(forumAsked).as("a change in the area shows on the next page").hasValue(4);

        clock.advance(Duration.ofMillis(2001));
        cards.fetch(forum, "riverside", "en", Optional.empty());
        assertThat(forumAsked).as("older than 2 s: asked again").hasValue(5);
    }

    private static RegisteredModule module(String id) {
        return new RegisteredModule(new ModuleDescriptor(id, id, "/" + id, "1", 1), Instant.now());
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body == null ? -1 : bytes.length);
        if (body != null) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }
}

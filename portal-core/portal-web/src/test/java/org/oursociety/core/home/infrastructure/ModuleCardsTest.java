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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.home.AreaCard;
import org.oursociety.portal.api.internal.module.ModuleCalls;
import org.oursociety.portal.api.module.ModuleDescriptor;
import org.oursociety.portal.api.internal.module.ModuleRegistry.RegisteredModule;

/** The home page's cards come from the modules that answer in time; the others leave nothing. */
class ModuleCardsTest {

    private HttpServer server;
    private final ModuleCards cards = new ModuleCards();
    private final Map<String, String> asked = new ConcurrentHashMap<>();

    @BeforeEach
    void modules() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/forum/api/areas/riverside/card", exchange -> {
            asked.put("forum", exchange.getRequestURI().getQuery() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
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

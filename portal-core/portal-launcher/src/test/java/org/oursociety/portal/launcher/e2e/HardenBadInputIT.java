package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input never reaches a 500, on any WAR: a corpus (NUL, unpaired surrogates, deep nesting, huge
 * numbers, wrong types, oversize, broken UTF-8, broken view states) sent to every JSON endpoint and
 * every form. The endpoints are discovered from the server's MicroProfile OpenAPI document and tried
 * on every WAR, so a module's API is covered as soon as it is deployed; the forms are found by
 * following the links of each WAR's pages, signed in as the platform administrator.
 */
@ExtendWith(SharedPortal.class)
class HardenBadInputIT {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");
    private static final String NUL = "a\\u0000b";

    private final RunningPortal portal;
    // HTTP/1.1: the JDK's client would try an h2c upgrade, which Grizzly answers to a long address or a
    // large body by resetting the stream, a transport quirk rather than the portal's answer.
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<String> failures = new ArrayList<>();
    private int requests;

    HardenBadInputIT(RunningPortal portal) {
        this.portal = portal;
    }

    @Test
    void theCasesFoundByHandAre400NotAServerError() throws Exception {
        assertStatus(call("POST", "/api/session", null, "{\"email\":\"a\\u0000b@x.y\",\"password\":\"whatever-it-is\"}"), 400);
        String admin = adminToken();
        String run = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> nulSlug = call("POST", "/api/areas", admin, "{\"slug\":\"a\\u0000" + run + "\",\"name\":\"N\","
                + "\"type\":\"ward\",\"parent\":\"demo-borough\"}");
        assertStatus(nulSlug, 400);
        assertThat(Http.json(nulSlug).path("errors").has("slug")).isTrue();
        HttpResponse<String> numberSlug = call("POST", "/api/areas", admin, "{\"slug\":123,\"name\":\"N\",\"type\":\"ward\","
                + "\"parent\":\"demo-borough\"}");
        assertStatus(numberSlug, 400);
        assertThat(Http.json(numberSlug).path("errors").path("slug").asText()).contains("text");
        assertStatus(call("POST", "/api/areas", admin, "{\"slug\":true,\"name\":\"N\",\"type\":\"ward\",\"parent\":\"demo-borough\"}"), 400);
        HttpResponse<String> surrogate = call("POST", "/api/areas", admin, "{\"slug\":\"s-" + run + "\",\"name\":\"\\ud800\","
                + "\"type\":\"ward\",\"parent\":\"demo-borough\"}");
        assertStatus(surrogate, 400);
        assertThat(Http.json(surrogate).path("errors").has("name")).isTrue();
        assertStatus(call("PATCH", "/api/areas/demo-borough", admin, "{\"parent\":\"" + NUL + "\"}"), 400);
        assertStatus(call("GET", "/api/admin/users?q=%00", admin, null), 400);
        for (String parameter : List.of("action", "actor", "target")) {
            assertStatus(call("GET", "/api/admin/audit?" + parameter + "=%00", admin, null), 400);
        }
        assertStatus(call("PATCH", "/api/me/profile", admin, "[".repeat(20_000) + "]".repeat(20_000)), 400);
        assertStatus(call("PATCH", "/api/me/profile", admin, "{\"displayName\":" + "9".repeat(50_000) + "}"), 400);
        assertStatus(call("PATCH", "/api/me/profile", admin, "{\"displayName\":42}"), 400);
        assertStatus(call("POST", "/api/me/residence", admin, "{\"postcode\":\"" + NUL + "\"}"), 400);
        assertThat(call("GET", "/api/areas/s-" + run, null, null).statusCode()).as("nothing half-saved").isEqualTo(404);
    }

    @Test
    void noJsonEndpointOfAnyWarAnswersBadInputWithAServerError() throws Exception {
        String admin = adminToken();
        Map<String, String> values = pathValues(admin);
        long logStart = logSize();
        JsonNode document = Http.JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(portal.url("/openapi")))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()).body());
        Set<String> prefixes = new LinkedHashSet<>(List.of("", "/forum", "/budget", "/directory"));
        for (JsonNode server : document.path("servers")) {
            String path = URI.create(server.path("url").asText()).getPath();
            prefixes.add(path.equals("/") ? "" : path.replaceAll("/$", ""));
        }
        // Every endpoint of every WAR, as Payara lists them per application in its log when it deploys them
        // (portal-api's own included); the OpenAPI document gives the bodies' fields. Without the listing,
        // every path of the OpenAPI document is tried on every WAR.
        Map<String, JsonNode> operations = new java.util.LinkedHashMap<>();
        Matcher listed = Pattern.compile("(?m)^(GET|POST|PUT|PATCH|DELETE)\\t(/\\S+)$").matcher(logSince(0));
        while (listed.find()) {
            String template = listed.group(2);
            String prefix = prefixes.stream().filter(p -> !p.isEmpty() && template.startsWith(p + "/")).findFirst().orElse("");
            operations.putIfAbsent(listed.group(1) + " " + template,
                    document.path("paths").path(template.substring(prefix.length())).path(listed.group(1).toLowerCase()));
        }
        if (operations.isEmpty()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                for (Iterator<String> methods = entry.getValue().fieldNames(); methods.hasNext(); ) {
                    String method = methods.next();
                    for (String prefix : prefixes) {
                        operations.put(method.toUpperCase() + " " + prefix + entry.getKey(), entry.getValue().path(method));
                    }
                }
            }
        }
        int endpoints = 0;
        for (Map.Entry<String, JsonNode> operation : operations.entrySet()) {
            String method = operation.getKey().substring(0, operation.getKey().indexOf(' '));
            String template = operation.getKey().substring(method.length() + 1);
            if (template.endsWith("/application.wadl") || method.equals("DELETE") && template.endsWith("/api/session")) {
                continue; // signing the administrator out would end the run, not test it
            }
            endpoints++;
            String path = fill(template, values);
            for (String badPath : badPaths("", template, values)) {
                send(method, badPath, null, admin);
            }
            if (method.equals("GET") || method.equals("DELETE")) {
                for (String query : List.of("q=%00", "action=%00&actor=%00&target=%00", "q=%ED%A0%80",
                        "page=99999999999999999999999&q=" + "x".repeat(5000), "q=%FF")) {
                    send(method, path + "?" + query, null, admin);
                }
            }
            if (!method.equals("GET")) {
                for (byte[] body : bodies(operation.getValue())) {
                    send(method, path, body, admin);
                }
            }
        }
        assertThat(endpoints).as("endpoints found").isGreaterThan(40);
        assertThat(failures).as(requests + " requests").isEmpty();
        assertThat(logSince(logStart)).as("no stack trace in the server log for bad input")
                .doesNotContain("PSQLException").doesNotContain("Unexpected error in an API call")
                .doesNotContain("StackOverflowError");
    }

    @Test
    void noFormOfAnyWarAnswersBadInputWithAServerError() throws Exception {
        Http http = new Http(portal);
        http.signIn(RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD);
        Set<String> seen = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(List.of("/", "/login.xhtml", "/register.xhtml", "/forgot.xhtml", "/profile.xhtml",
                "/forum/", "/budget/", "/directory/"));
        int forms = 0;
        while (!queue.isEmpty() && seen.size() < 40) {
            String page = queue.remove(0);
            if (!seen.add(page)) {
                continue;
            }
            HttpResponse<String> answer = http.get(page);
            record(answer, "GET", page);
            if (answer.statusCode() != 200) {
                continue;
            }
            Matcher links = Pattern.compile("href=\"(/[^\"#?]*\\.xhtml|/(?:forum|budget|directory)/[^\"#?]*)\"").matcher(answer.body());
            while (links.find()) {
                String link = links.group(1);
                if (!link.contains("sign-out") && !link.contains("logout") && !link.startsWith("/portal/") && !link.contains("javax.faces.resource")) {
                    queue.add(link);
                }
            }
            Matcher form = Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL).matcher(answer.body());
            while (form.find()) {
                forms++;
                String action = form.group(1).replace("&amp;", "&");
                List<String> names = new ArrayList<>();
                Matcher input = Pattern.compile("name=\"([^\"]+)\"").matcher(form.group(2));
                while (input.find()) {
                    names.add(input.group(1));
                }
                String viewState = viewState(form.group(2));
                for (String value : List.of("a%00b", "%ED%A0%80", "%FF")) {
                    record(http.postForm(action, formBody(names, viewState, value)), "POST", action + " with " + value);
                }
                record(http.postForm(action, formBody(names, "broken-" + UUID.randomUUID(), "x")), "POST", action + " broken view state");
                record(http.postForm(action, formBody(names, "", "x")), "POST", action + " no view state");
            }
        }
        assertThat(forms).as("forms found on " + seen).isGreaterThan(3);
        assertThat(failures).isEmpty();
    }

    /** One request with this client (HTTP/1.1, no cookies), a bearer token if given, a JSON body if given. */
    private HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.url(path))).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String adminToken() throws Exception {
        return new Http(portal).signIn(RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD).path("token").asText();
    }

    /** Real values for path parameters, so that a request reaches the body: a throwaway area and user. */
    private Map<String, String> pathValues(String admin) throws Exception {
        String slug = "bad-input-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = new Http(portal).postJson("/api/areas", "{\"slug\":\"" + slug
                + "\",\"name\":\"Bad input\",\"type\":\"ward\",\"parent\":\"demo-borough\"}", "Authorization", "Bearer " + admin);
        assertThat(created.statusCode()).as(created.body()).isBetween(200, 201);
        String email = ThrowawayAccounts.create(portal, "Bad Input");
        String userId;
        try (var c = portal.database(); var s = c.prepareStatement("select id from core.user_account where email = ?")) {
            s.setString(1, email);
            try (var r = s.executeQuery()) {
                r.next();
                userId = r.getString(1);
            }
        }
        return Map.of("slug", slug, "area", slug, "id", userId, "userId", userId, "moduleId", "forum", "role", "moderator",
                "claimId", UUID.randomUUID().toString());
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher m = TEMPLATE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), UUID.randomUUID().toString())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> badPaths(String prefix, String template, Map<String, String> values) {
        if (!TEMPLATE.matcher(template).find()) {
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        for (String bad : List.of("a%00b", "%ED%A0%80", "%FF", "x".repeat(300))) {
            paths.add(prefix + TEMPLATE.matcher(template).replaceAll(Matcher.quoteReplacement(bad)));
        }
        return paths;
    }

    /** The corpus of bad bodies, aimed at the fields the endpoint's schema names (or common ones). */
    private static List<byte[]> bodies(JsonNode operation) {
        Set<String> fields = new LinkedHashSet<>();
        JsonNode content = operation.path("requestBody").path("content");
        for (JsonNode media : content) {
            media.path("schema").path("properties").fieldNames().forEachRemaining(fields::add);
        }
        if (fields.isEmpty()) {
            fields.addAll(List.of("email", "name", "slug", "password"));
        }
        List<String> json = new ArrayList<>();
        for (String field : fields) {
            for (String value : List.of("\"" + NUL + "\"", "\"\\ud800\"", "123", "{}")) {
                json.add("{\"" + field + "\":" + value + "}");
            }
        }
        String first = fields.iterator().next();
        json.add("{\"" + first + "\":" + "9".repeat(50_000) + "}");
        json.add("{\"" + first + "\":1e999999999}");
        json.add("{\"" + first + "\":true}");
        json.add("[".repeat(20_000) + "]".repeat(20_000));
        json.add("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000));
        json.add("{");
        json.add("null");
        json.add("\"text\"");
        json.add("{\"x\":\"" + "y".repeat(70 * 1024) + "\"}");
        List<byte[]> bodies = new ArrayList<>();
        json.forEach(j -> bodies.add(j.getBytes(StandardCharsets.UTF_8)));
        bodies.add(new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, '"', '}'});
        bodies.add(new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'});
        return bodies;
    }

    private void send(String method, String path, byte[] body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.url(path))).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> answer;
        try {
            answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            failures.add(method + " " + path + ": no answer (" + e.getMessage() + ")");
            return;
        }
        record(answer, method, path + (body == null ? "" : " with " + preview(body)));
    }

    private void record(HttpResponse<String> answer, String method, String what) {
        requests++;
        if (answer.statusCode() >= 500) {
            failures.add(answer.statusCode() + " for " + method + " " + what);
        }
    }

    private static String preview(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 80 ? text.substring(0, 80) + "…(" + body.length + " bytes)" : text;
    }

    private static String viewState(String form) {
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(form);
        return m.find() ? m.group(1) : "";
    }

    private static String formBody(List<String> names, String viewState, String rawValue) {
        StringBuilder body = new StringBuilder();
        for (String name : names) {
            if (name.equals("jakarta.faces.ViewState")) {
                continue;
            }
            body.append(body.isEmpty() ? "" : "&").append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=').append(rawValue);
        }
        if (!viewState.isEmpty()) {
            body.append("&jakarta.faces.ViewState=").append(java.net.URLEncoder.encode(viewState, StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private void assertStatus(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.uri() + ": " + answer.body()).isEqualTo(status);
    }

    private long logSize() throws Exception {
        Path log = portal.dataDir().resolve("logs/server.log");
        return Files.exists(log) ? Files.size(log) : 0;
    }

    private String logSince(long start) throws Exception {
        byte[] all = Files.readAllBytes(portal.dataDir().resolve("logs/server.log"));
        return new String(all, (int) Math.min(start, all.length), (int) Math.max(0, all.length - start), StandardCharsets.UTF_8);
    }
}

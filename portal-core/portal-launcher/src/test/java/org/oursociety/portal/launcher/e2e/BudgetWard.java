package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh ward for a budget test (unique slug, postcodes BG1, under the demo borough, where the
 * budget is on), its verified residents, and the budget API calls the tests make.
 */
final class BudgetWard {

    final RunningPortal portal;
    final Http http;
    final String slug = "budget-" + UUID.randomUUID().toString().substring(0, 8);
    final String[] admin;

    BudgetWard(RunningPortal portal) throws Exception {
        this.portal = portal;
        this.http = new Http(portal);
        this.admin = bearer(RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD);
        HttpResponse<String> created = http.postJson("/api/areas", "{\"slug\":\"" + slug + "\",\"name\":\"Budget Ward "
                + slug.substring(7) + "\",\"type\":\"ward\",\"parent\":\"demo-borough\",\"postcodes\":[\"BG1\"]}", admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (http.get("/budget/api/areas/" + slug + "/rounds").statusCode() != 200) {
            assertThat(System.nanoTime()).as("the budget sees the new ward").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** A confirmed member who is not a resident: {email, header name, header value}. */
    String[] member(String name) throws Exception {
        String email = ThrowawayAccounts.create(portal, name);
        String[] auth = bearer(email, ThrowawayAccounts.PASSWORD);
        return new String[]{auth[0], auth[1], email};
    }

    /** A member verified as living in the ward at {@code postcode} (BG1 ...). */
    String[] resident(String name, String postcode) throws Exception {
        String[] member = member(name);
        HttpResponse<String> claimed = http.postJson("/api/me/residence", Http.JSON.writeValueAsString(
                Map.of("area", slug, "postcode", postcode)), member[0], member[1]);
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);
        assertThat(Http.json(claimed).path("status").asText()).isEqualTo("verified");
        return member;
    }

    String[] resident(String name) throws Exception {
        return resident(name, "BG1 1AA");
    }

    List<String> votingCodes(int count) throws Exception {
        JsonNode batch = Http.json(http.postJson("/api/areas/" + slug + "/residence/codes",
                "{\"count\":" + count + ",\"validDays\":7}", admin));
        List<String> codes = new ArrayList<>();
        batch.path("codes").forEach(c -> codes.add(c.asText()));
        return codes;
    }

    /** Creates a round and returns its id. */
    long round(String ballot, long budget) throws Exception {
        HttpResponse<String> created = http.postJson("/budget/api/areas/" + slug + "/rounds",
                "{\"title\":\"Spend it well\",\"budget\":" + budget + ",\"rule\":\"equalshares/add1\",\"ballot\":" + ballot
                        + "}", admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).path("id").asLong();
    }

    HttpResponse<String> phase(long round, String phase, String... who) throws Exception {
        return http.sendJson("PUT", "/budget/api/rounds/" + round + "/phase", "{\"phase\":\"" + phase + "\"}",
                auth(who.length == 0 ? admin : who));
    }

    void moveTo(long round, String... phases) throws Exception {
        for (String phase : phases) {
            HttpResponse<String> moved = phase(round, phase);
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        }
    }

    long propose(long round, String[] author, String title, long cost) throws Exception {
        HttpResponse<String> made = http.postJson("/budget/api/rounds/" + round + "/proposals", Http.JSON.writeValueAsString(
                Map.of("title", title, "description", "**" + title + "** for everyone", "cost", cost)), auth(author));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        return Http.json(made).path("id").asLong();
    }

    HttpResponse<String> review(long proposal, String body) throws Exception {
        return http.sendJson("PUT", "/budget/api/proposals/" + proposal + "/review", body, admin);
    }

    void feasible(long... proposals) throws Exception {
        for (long p : proposals) {
            HttpResponse<String> reviewed = review(p, "{\"feasible\":true}");
            assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
        }
    }

    HttpResponse<String> vote(long round, String body, String[] voter) throws Exception {
        return http.sendJson("PUT", "/budget/api/rounds/" + round + "/ballot", body, auth(voter));
    }

    String voted(long round, String body, String[] voter) throws Exception {
        HttpResponse<String> cast = vote(round, body, voter);
        assertThat(cast.statusCode()).as(cast.body()).isEqualTo(200);
        return Http.json(cast).path("receipt").asText();
    }

    /** A text/plain POST (a Pabulib file to import). */
    HttpResponse<String> postText(String path, String text, String[] who) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(portal.url(path)))
                .header("Content-Type", "text/plain; charset=UTF-8").header(who[0], who[1])
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(text)).build();
        return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String[] auth(String[] who) {
        return new String[]{who[0], who[1]};
    }

    private String[] bearer(String email, String password) throws Exception {
        return new String[]{"Authorization", "Bearer " + new Http(portal).signIn(email, password).path("token").asText()};
    }

    static void assertProblem(HttpResponse<String> response, int status, String detailContains) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains(detailContains);
    }
}

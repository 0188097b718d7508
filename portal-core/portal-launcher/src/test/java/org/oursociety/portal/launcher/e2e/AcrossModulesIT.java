package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12, items 3, 4 and 6 against the running portal: one search across the modules of an area (and a note
 * for a module that is off there), link cards under forum posts, and what the area's home cards say.
 */
@ExtendWith(SharedPortal.class)
class AcrossModulesIT {

    private final RunningPortal portal;

    AcrossModulesIT(RunningPortal portal) {
        this.portal = portal;
    }

    @Test
    void oneSearchFindsAWordInEveryModuleAndNotesAModuleThatIsOff() throws Exception {
        AcrossWard ward = new AcrossWard(portal);
        ward.topic("Walking with lanterns", "Who is coming on the " + ward.word + " walk on Friday?");

        JsonNode found = search(ward, ward.word, 200);
        assertThat(modules(found)).containsExactly("forum", "budget", "directory");
        assertThat(group(found, "forum").path("results").get(0).path("href").asText())
                .startsWith("/forum/" + ward.slug + "/topic.xhtml?id=");
        assertThat(group(found, "forum").path("results").get(0).path("snippet").asText()).contains(ward.word)
                .doesNotContain("<mark>");
        assertThat(group(found, "budget").path("results").get(0).path("href").asText())
                .isEqualTo("/budget/" + ward.slug + "/proposal.xhtml?id=" + ward.proposalId);
        assertThat(titles(group(found, "directory"))).contains(AcrossWard.cap(ward.word) + " Lantern Club",
                AcrossWard.cap(ward.word) + " lantern walks");
        for (String module : List.of("forum", "budget", "directory")) {
            assertThat(group(found, module).has("note")).as(module).isFalse();
        }

        ward.switchModule("budget", false);
        JsonNode without = search(ward, ward.word, 200);
        assertThat(group(without, "budget").path("results")).isEmpty();
        assertThat(group(without, "budget").path("note").asText()).contains("is not used in");
        assertThat(group(without, "forum").path("results")).isNotEmpty();
        assertThat(group(without, "directory").path("results")).isNotEmpty();

        HttpResponse<String> welsh = ward.http.get("/api/search?area=" + ward.slug + "&q=" + ward.word,
                "Accept-Language", "cy");
        assertThat(group(Http.json(welsh), "budget").path("note").asText()).contains("Nid yw");
    }

    @Test
    void badSearchesAreRefusedWithAProblem() throws Exception {
        Http http = new Http(portal);
        HttpResponse<String> empty = http.get("/api/search?area=demo-borough&q=%20");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(empty.body()).contains("Type between 1 and 200 characters");
        assertThat(http.get("/api/search?area=demo-borough&q=" + "a".repeat(201)).statusCode()).isEqualTo(400);
        assertThat(http.get("/api/search?area=demo-borough").statusCode()).isEqualTo(400);
        HttpResponse<String> nowhere = http.get("/api/search?area=no-such-area&q=park");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(http.get("/api/search?q=park").statusCode()).isEqualTo(404);
        assertThat(http.get("/budget/api/areas/demo-borough/portal-search?q=").statusCode()).isEqualTo(400);
        HttpResponse<String> page = http.get("/search.xhtml?area=demo-borough&q=");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Type between 1 and 200 characters");
    }

    @Test
    void linksInAPostToAProposalAndAnOrganisationShowAsCardsWithTheirStateAndOthersStayLinks() throws Exception {
        AcrossWard ward = new AcrossWard(portal);
        String proposal = "/budget/" + ward.slug + "/proposal.xhtml?id=" + ward.proposalId;
        String organization = "/directory/" + ward.slug + "/organization.xhtml?id=" + ward.organizationId;
        String service = "/directory/" + ward.slug + "/service.xhtml?id=" + ward.serviceId;
        String topic = ward.topic("Lanterns on the towpath", "Please back [our proposal](" + proposal + "), run by ["
                + "the club](" + organization + "); see also [the walks](" + service + "), [nothing]("
                + "/budget/" + ward.slug + "/proposal.xhtml?id=999999999) and [elsewhere](https://example.org/budget/x).");

        HttpResponse<String> page = ward.http.get("/forum/" + ward.slug + "/topic.xhtml?id=" + topic, ward.author.auth());
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(cards(html)).as(html).hasSize(3);
        assertThat(html).contains("forum-link-card--proposal", AcrossWard.cap(ward.word) + " lanterns for the towpath",
                "£1,234", "Proposals", "Waiting for review");
        assertThat(html).contains("forum-link-card--organization", AcrossWard.cap(ward.word) + " Lantern Club",
                "Lantern walks by the " + ward.word + " river");
        assertThat(html).contains("forum-link-card--service", "Ask when it is open");
        assertThat(html).as("a link no module describes stays a plain link").contains("proposal.xhtml?id&#61;999999999")
                .contains("https://example.org/budget/x");

        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(
                "update budget.proposal set title = ? where id = ?")) {
            s.setString(1, "Renamed lanterns");
            s.setLong(2, ward.proposalId);
            s.executeUpdate();
        }
        HttpResponse<String> card = ward.http.get("/budget/api/links?href=" + URLEncoder.encode(proposal, StandardCharsets.UTF_8)
                + "&lang=cy");
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(Http.json(card).path("title").asText()).as("the module describes the proposal as it is now")
                .isEqualTo("Renamed lanterns");
        assertThat(Http.json(card).path("kindLabel").asText()).isEqualTo("Cynnig cyllideb");
        assertThat(ward.http.get("/budget/api/links?href=" + URLEncoder.encode("/directory/x/organization.xhtml?id=1",
                StandardCharsets.UTF_8)).statusCode()).isEqualTo(404);
    }

    @Test
    void theAreaCardsShowTheOpenRoundWithItsDeadlineTheLiveliestTopicAndTheNewOrganisation() throws Exception {
        AcrossWard ward = new AcrossWard(portal);
        // each post by another member: the forum spaces one member's posts out
        ward.forum.topic(ward.slug, ward.forum.established("Quiet"), "A quiet topic", "Nothing much to say here.");
        String lively = ward.topic("Where should the lanterns go", "Ideas welcome.");
        ward.forum.reply(lively, ward.forum.established("Replier"), "By the lock.", null);
        ward.forum.reply(lively, ward.forum.established("Another"), "Or by the bridge.", null);

        JsonNode budget = Http.json(ward.http.get("/budget/api/areas/" + ward.slug + "/card?lang=en"));
        JsonNode round = budget.path("items").get(0);
        assertThat(round.path("label").asText()).isEqualTo("Brighter paths");
        assertThat(round.path("detail").asText()).startsWith("Until ").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");

        JsonNode forum = Http.json(ward.http.get("/forum/api/areas/" + ward.slug + "/card?lang=en", ward.author.auth()));
        assertThat(forum.path("items").get(0).path("label").asText()).isEqualTo("Where should the lanterns go");
        assertThat(forum.path("items").get(0).path("detail").asText()).startsWith("2 new replies in the last 14 days");

        JsonNode directory = Http.json(ward.http.get("/directory/api/areas/" + ward.slug + "/card?lang=en"));
        assertThat(directory.path("items").get(0).path("label").asText()).isEqualTo(AcrossWard.cap(ward.word) + " Lantern Club");

        HttpResponse<String> home = ward.http.get("/?area=" + ward.slug);
        assertThat(home.body()).contains("Brighter paths", "Where should the lanterns go",
                AcrossWard.cap(ward.word) + " Lantern Club", "id=\"portal-search\"", "role=\"search\"");
    }

    private JsonNode search(AcrossWard ward, String q, int status) throws Exception {
        HttpResponse<String> found = ward.http.get("/api/search?area=" + ward.slug + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                ward.author.auth());
        assertThat(found.statusCode()).as(found.body()).isEqualTo(status);
        return Http.json(found);
    }

    private static List<String> modules(JsonNode found) {
        List<String> modules = new ArrayList<>();
        found.path("groups").forEach(g -> modules.add(g.path("module").asText()));
        return modules;
    }

    private static JsonNode group(JsonNode found, String module) {
        for (JsonNode g : found.path("groups")) {
            if (g.path("module").asText().equals(module)) {
                return g;
            }
        }
        throw new AssertionError("no group " + module + " in " + found);
    }

    private static List<String> titles(JsonNode group) {
        List<String> titles = new ArrayList<>();
        group.path("results").forEach(r -> titles.add(r.path("title").asText()));
        return titles;
    }

    private static List<String> cards(String html) {
        List<String> cards = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("class=\"os-inset-text forum-link-card ").matcher(html);
        while (m.find()) {
            cards.add(m.group());
        }
        return cards;
    }
}

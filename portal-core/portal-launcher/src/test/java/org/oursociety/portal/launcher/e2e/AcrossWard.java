package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * A ward of its own under the demo borough for the tests across modules (issue 12), holding one made-up word in
 * each module: a forum topic, a budget proposal (in a round open for proposals until a date) and a directory
 * organisation with a service. The word is letters only, so every module's search finds it as a word.
 */
final class AcrossWard {

    final ForumFixture forum;
    final Http http;
    final String slug;
    final String word;
    final long roundId;
    final long proposalId;
    final String organizationId = UUID.randomUUID().toString();
    final String serviceId = UUID.randomUUID().toString();
    final ForumFixture.Member author;

    AcrossWard(RunningPortal portal) throws Exception {
        forum = new ForumFixture(portal);
        http = forum.http;
        slug = forum.ward("across");
        word = word();
        author = forum.established("Across");
        String body = "{\"id\":\"" + organizationId + "\",\"name\":\"" + cap(word) + " Lantern Club\","
                + "\"description\":\"Lantern walks by the " + word + " river for everyone.\","
                + "\"services\":[{\"id\":\"" + serviceId + "\",\"name\":\"" + cap(word) + " lantern walks\","
                + "\"description\":\"Evening walks.\",\"status\":\"active\"}]}";
        Await.until(java.time.Duration.ofSeconds(15), "the directory imports into the new ward",
                () -> http.postJson("/directory/api/areas/" + slug + "/import", body, forum.admin).statusCode() == 200);
        // every WAR reads the area tree within 2 s: the budget may not know the new ward yet
        Await.until(java.time.Duration.ofSeconds(15), "the budget knows the new ward",
                () -> http.get("/budget/api/areas/" + slug + "/card?lang=en", forum.admin).statusCode() != 404);
        try (Connection c = portal.database()) {
            roundId = insertRound(c);
            proposalId = insertProposal(c, cap(word) + " lanterns for the towpath", 1234);
        }
    }

    private long insertRound(Connection c) throws Exception {
        try (PreparedStatement s = c.prepareStatement("insert into budget.round (area_slug, title, budget, rule, ballot_kind,"
                + " ballot_min, ballot_max, phase, proposals_at, review_at, phase_changed_at, created_at) values"
                + " (?, 'Brighter paths', 50000, 'equalshares/add1', 'approval', 1, null, 'proposals', now() - interval '1 day',"
                + " now() + interval '10 days', now(), now()) returning id")) {
            s.setString(1, slug);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    long insertProposal(Connection c, String title, long cost) throws Exception {
        try (PreparedStatement s = c.prepareStatement("insert into budget.proposal (round_id, title, description_source,"
                + " description_html, cost, status, submitted_at, changed_at) values (?, ?, 'Solar lanterns along the path.',"
                + " '<p>Solar lanterns along the path.</p>', ?, 'submitted', now(), now()) returning id")) {
            s.setLong(1, roundId);
            s.setString(2, title);
            s.setLong(3, cost);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    String topic(String title, String body) throws Exception {
        return forum.topic(slug, author, title, body);
    }

    void switchModule(String module, boolean on) throws Exception {
        HttpResponse<String> switched = http.sendJson("PUT", "/api/areas/" + slug + "/modules/" + module,
                "{\"enabled\":" + on + "}", forum.admin);
        assertThat(switched.statusCode()).as(switched.body()).isBetween(200, 204);
        Await.until(java.time.Duration.ofSeconds(10), module + " sees the switch", () -> http.get("/" + module
                + "/api/areas/" + slug + "/card?lang=en", forum.admin).statusCode() != 404 == on);
    }

    private static String word() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zel");
        for (int i = 0; i < 7; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    static String cap(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}

package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;

/**
 * What the forum's end-to-end tests share: a ward of their own under the demo borough with the forum switched
 * on, and members of every kind (established, new, unconfirmed, moderator, area admin), each signed in with a
 * bearer token. Accounts are written straight into the database with the demo residents' password hash.
 */
final class ForumFixture {

    static final String PASSWORD = "demo-resident-2026";

    final RunningPortal portal;
    final Http http;
    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String[] admin;

    /** A member with a token, their id, address and handle for mentions. */
    record Member(String id, String email, String name, String[] auth) {
        String handle() {
            return name.replaceAll("[^\\p{L}\\p{N}_]", "");
        }
    }

    ForumFixture(RunningPortal portal) throws Exception {
        this.portal = portal;
        this.http = new Http(portal);
        // signed in on a client of its own: this.http keeps no cookie, so calls without a token are anonymous
        this.admin = bearer(new Http(portal).signIn(RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD)
                .path("token").asText());
    }

    /** A new ward with the forum on. */
    String ward(String prefix) throws Exception {
        String slug = prefix + "-" + run + "-" + UUID.randomUUID().toString().substring(0, 4);
        HttpResponse<String> created = http.postJson("/api/areas", "{\"slug\":\"" + slug + "\",\"name\":\"Forum Ward "
                + slug + "\",\"type\":\"ward\",\"parent\":\"demo-borough\"}", admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        switchForum(slug, true);
        return slug;
    }

    void switchForum(String slug, boolean on) throws Exception {
        HttpResponse<String> switched = http.sendJson("PUT", "/api/areas/" + slug + "/modules/forum",
                "{\"enabled\":" + on + "}", admin);
        assertThat(switched.statusCode()).as(switched.body()).isBetween(200, 204);
        // every WAR re-reads the switches within 2 s
        await(() -> http.get("/forum/api/areas/" + slug + "/categories", admin).statusCode() == (on ? 200 : 404));
    }

    /** A member whose account is older than a day, so the "first day" limits do not apply. */
    Member established(String name) throws Exception {
        return member(name, true, Duration.ofDays(2));
    }

    /** A member whose account was made a moment ago: the new-account limits apply. */
    Member newcomer(String name) throws Exception {
        return member(name, true, Duration.ZERO);
    }

    Member unconfirmed(String name) throws Exception {
        return member(name, false, Duration.ofDays(2));
    }

    Member member(String name, boolean confirmed, Duration age) throws Exception {
        String email = "forum-" + UUID.randomUUID().toString().substring(0, 8) + "@throwaway.example.org";
        String id = UUID.randomUUID().toString();
        String display = name + UUID.randomUUID().toString().substring(0, 4);
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(
                "insert into core.user_account (id, email, display_name, password_hash, confirmed, created_at)"
                        + " select cast(? as uuid), ?, ?, password_hash, ?, now() - make_interval(secs => ?)"
                        + " from core.user_account where email = 'tom@demo.oursociety.org'")) {
            s.setString(1, id);
            s.setString(2, email);
            s.setString(3, display);
            s.setBoolean(4, confirmed);
            s.setDouble(5, age.toSeconds());
            assertThat(s.executeUpdate()).as("the demo resident Tom exists").isEqualTo(1);
        }
        String token = new Http(portal).signIn(email, PASSWORD).path("token").asText();
        return new Member(id, email, display, bearer(token));
    }

    void grant(String slug, Member member, String role) throws Exception {
        HttpResponse<String> granted = http.sendJson("PUT", "/api/areas/" + slug + "/roles/" + member.id() + "/" + role,
                "", admin);
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        String permission = role.equals("moderator") ? "forum.moderate" : "forum.manage";
        await(() -> http.get("/forum/api/me/permissions/" + slug, member.auth()).body().contains(permission));
    }

    void verifyResident(String slug, Member member) throws Exception {
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(
                "insert into core.residence (id, user_id, area_id, area_type, postcode, status, method, claimed_at, decided_at)"
                        + " select gen_random_uuid(), cast(? as uuid), id, type, 'DM1 1AA', 'verified', 'postcode', now(), now()"
                        + " from core.area where slug = ?")) {
            s.setString(1, member.id());
            s.setString(2, slug);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        Thread.sleep(2100); // each WAR caches a member's residences for up to 2 s
    }

    /** Starts a topic; returns its id. */
    String topic(String slug, Member author, String title, String body) throws Exception {
        HttpResponse<String> created = http.postJson("/forum/api/areas/" + slug + "/topics",
                Http.JSON.writeValueAsString(java.util.Map.of("title", title, "body", body)), author.auth());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).path("id").asText();
    }

    /** Replies; returns the new post's id. */
    String reply(String topicId, Member author, String body, String replyTo) throws Exception {
        HttpResponse<String> created = replying(topicId, author, body, replyTo);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).path("id").asText();
    }

    HttpResponse<String> replying(String topicId, Member author, String body, String replyTo) throws Exception {
        java.util.Map<String, String> json = new java.util.HashMap<>(java.util.Map.of("body", body));
        if (replyTo != null) {
            json.put("replyTo", replyTo);
        }
        return http.postJson("/forum/api/topics/" + topicId + "/posts", Http.JSON.writeValueAsString(json),
                author == null ? new String[0] : author.auth());
    }

    JsonNode topicJson(String topicId, String[] auth) throws Exception {
        HttpResponse<String> read = http.get("/forum/api/topics/" + topicId, auth);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return Http.json(read);
    }

    long count(String sql, String arg) throws Exception {
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    void sql(String sql, String... args) throws Exception {
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    static String[] bearer(String token) {
        return new String[]{"Authorization", "Bearer " + token};
    }

    interface Check {
        boolean holds() throws Exception;
    }

    static void await(Check check) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within 15 s");
            }
            Thread.sleep(200);
        }
    }
}

package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The forum's JSON API against the real portal: the paths, bodies and statuses of issue 10 item 10. */
@ExtendWith(SharedPortal.class)
class ForumApiIT {

    private final ForumFixture forum;
    private final Http http;
    private String ward;

    ForumApiIT(RunningPortal portal) throws Exception {
        this.forum = new ForumFixture(portal);
        this.http = forum.http;
    }

    @BeforeEach
    void aWardWithTheForumOn() throws Exception {
        ward = forum.ward("forum");
    }

    @Test
    void postingReplyingQuotingEditingAndDeleting() throws Exception {
        ForumFixture.Member amira = forum.established("Amira");
        ForumFixture.Member tom = forum.established("Tom");
        ForumFixture.Member moderator = forum.established("Mod");
        forum.grant(ward, moderator, "moderator");

        JsonNode categories = Http.json(http.get("/forum/api/areas/" + ward + "/categories"));
        assertThat(categories).hasSize(1);
        assertThat(categories.get(0).path("name").asText()).as("a space starts with General").isEqualTo("General");

        String topic = forum.topic(ward, amira, "Bins on Mill Lane", "The bins were not **collected** this week.");
        JsonNode first = forum.topicJson(topic, new String[0]);
        String firstPost = first.path("posts").get(0).path("id").asText();
        String reply = forum.reply(topic, tom, "> not **collected**\n\nSame on our street.", firstPost);

        JsonNode read = forum.topicJson(topic, new String[0]);
        assertThat(read.path("title").asText()).isEqualTo("Bins on Mill Lane");
        assertThat(read.path("area").asText()).isEqualTo(ward);
        assertThat(read.path("locked").asBoolean()).isFalse();
        assertThat(read.path("totalPosts").asInt()).isEqualTo(2);
        JsonNode second = read.path("posts").get(1);
        assertThat(second.path("id").asText()).isEqualTo(reply);
        assertThat(second.path("replyTo").asText()).as("in reply to").isEqualTo(firstPost);
        assertThat(second.path("bodyHtml").asText()).contains("<blockquote>").contains("Same on our street.");
        assertThat(second.path("author").path("id").asText()).isEqualTo(tom.id());
        assertThat(second.path("author").path("name").asText()).isEqualTo(tom.name());
        assertThat(read.path("posts").get(0).path("bodyHtml").asText()).contains("<strong>collected</strong>");

        HttpResponse<String> edited = http.sendJson("PUT", "/forum/api/posts/" + reply,
                "{\"body\":\"Same on our street, and on Church Road.\"}", tom.auth());
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(http.sendJson("PUT", "/forum/api/posts/" + reply, "{\"body\":\"Not mine\"}", amira.auth())
                .statusCode()).as("only the author edits").isEqualTo(403);
        JsonNode afterEdit = forum.topicJson(topic, new String[0]).path("posts").get(1);
        assertThat(afterEdit.path("bodyHtml").asText()).contains("Church Road");
        assertThat(afterEdit.path("editedAt").isNull()).as("shown as edited").isFalse();
        JsonNode revisions = Http.json(http.get("/forum/api/posts/" + reply + "/revisions", moderator.auth()));
        assertThat(revisions.get(0).path("bodySource").asText()).as("moderators see earlier versions")
                .contains("Same on our street.");
        assertThat(http.get("/forum/api/posts/" + reply + "/revisions", amira.auth()).statusCode()).isEqualTo(403);

        assertThat(http.delete("/forum/api/posts/" + firstPost, amira.auth()).statusCode()).isEqualTo(204);
        JsonNode tombstone = forum.topicJson(topic, new String[0]).path("posts").get(0);
        assertThat(tombstone.path("deleted").asBoolean()).isTrue();
        assertThat(tombstone.path("bodyHtml").asText()).isEmpty();
        assertThat(forum.topicJson(topic, new String[0]).path("posts").get(1).path("replyTo").asText())
                .as("the reply still says what it answered").isEqualTo(firstPost);

        JsonNode list = Http.json(http.get("/forum/api/areas/" + ward + "/topics?page=1"));
        assertThat(list.path("total").asInt()).isEqualTo(1);
        assertThat(list.path("topics").get(0).path("id").asText()).isEqualTo(topic);
        assertThat(list.path("topics").get(0).path("posts").asInt()).isEqualTo(2);
        assertThat(list.path("topics").get(0).path("lastPostAt").asText()).isNotEmpty();
    }

    @Test
    void everyWriteIsCheckedForEveryKindOfCaller() throws Exception {
        ForumFixture.Member member = forum.established("Member");
        ForumFixture.Member unconfirmed = forum.unconfirmed("Unconfirmed");
        ForumFixture.Member moderator = forum.established("Moderator");
        ForumFixture.Member elsewhere = forum.established("Elsewhere");
        ForumFixture.Member areaAdmin = forum.established("AreaAdmin");
        String other = forum.ward("other");
        forum.grant(ward, moderator, "moderator");
        forum.grant(other, elsewhere, "moderator");
        forum.grant(ward, areaAdmin, "area-admin");
        String[] anonymous = new String[0];

        String newTopic = "{\"title\":\"A topic title\",\"body\":\"Some words\"}";
        assertThat(http.postJson("/forum/api/areas/" + ward + "/topics", newTopic, anonymous).statusCode()).isEqualTo(401);
        assertThat(http.postJson("/forum/api/areas/" + ward + "/topics", newTopic, unconfirmed.auth()).statusCode())
                .isEqualTo(403);
        String topic = forum.topic(ward, member, "A topic title", "Some words");

        String category = "{\"name\":\"Parks " + forum.run + "\",\"description\":\"Green spaces\"}";
        assertThat(http.postJson("/forum/api/areas/" + ward + "/categories", category, anonymous).statusCode()).isEqualTo(401);
        assertThat(http.postJson("/forum/api/areas/" + ward + "/categories", category, member.auth()).statusCode()).isEqualTo(403);
        assertThat(http.postJson("/forum/api/areas/" + ward + "/categories", category, moderator.auth()).statusCode()).isEqualTo(403);
        assertThat(http.postJson("/forum/api/areas/" + ward + "/categories", category, elsewhere.auth()).statusCode()).isEqualTo(403);
        HttpResponse<String> created = http.postJson("/forum/api/areas/" + ward + "/categories", category, areaAdmin.auth());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Http.json(created).path("id").asText()).isNotEmpty();
        assertThat(http.postJson("/forum/api/areas/" + ward + "/categories", category, forum.admin).statusCode())
                .as("the same name twice").isEqualTo(409);
        HttpResponse<String> bad = http.postJson("/forum/api/areas/" + ward + "/categories", "{\"name\":\"\"}", forum.admin);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.json(bad).path("errors").has("name")).isTrue();

        String lock = "{\"locked\":true}";
        assertThat(http.sendJson("PUT", "/forum/api/topics/" + topic + "/locked", lock, anonymous).statusCode()).isEqualTo(401);
        assertThat(http.sendJson("PUT", "/forum/api/topics/" + topic + "/locked", lock, member.auth()).statusCode()).isEqualTo(403);
        assertThat(http.sendJson("PUT", "/forum/api/topics/" + topic + "/locked", lock, elsewhere.auth()).statusCode())
                .as("a moderator of another area").isEqualTo(403);
        assertThat(http.sendJson("PUT", "/forum/api/topics/" + topic + "/locked", lock, moderator.auth()).statusCode()).isEqualTo(200);
        HttpResponse<String> locked = forum.replying(topic, member, "A reply to a locked topic", null);
        assertThat(locked.statusCode()).as("replying to a locked topic").isEqualTo(409);
        assertThat(locked.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(http.sendJson("PUT", "/forum/api/topics/" + topic + "/locked", "{\"locked\":false}", areaAdmin.auth())
                .statusCode()).isEqualTo(200);
        assertThat(http.sendJson("PUT", "/forum/api/topics/" + topic + "/locked", "{\"locked\":false}", forum.admin)
                .statusCode()).as("platform admin").isEqualTo(200);

        assertThat(forum.replying(topic, null, "Anonymous words", null).statusCode()).isEqualTo(401);
        assertThat(forum.replying(topic, unconfirmed, "Unconfirmed words", null).statusCode()).isEqualTo(403);
        String reply = forum.reply(topic, moderator, "A moderator replies", null);

        String hide = "{\"hidden\":true}";
        assertThat(http.sendJson("PUT", "/forum/api/posts/" + reply + "/hidden", hide, anonymous).statusCode()).isEqualTo(401);
        assertThat(http.sendJson("PUT", "/forum/api/posts/" + reply + "/hidden", hide, member.auth()).statusCode()).isEqualTo(403);
        assertThat(http.sendJson("PUT", "/forum/api/posts/" + reply + "/hidden", hide, elsewhere.auth()).statusCode()).isEqualTo(403);
        assertThat(http.sendJson("PUT", "/forum/api/posts/" + reply + "/hidden", hide, areaAdmin.auth()).statusCode()).isEqualTo(200);

        assertThat(http.postJson("/forum/api/posts/" + reply + "/flags", "{\"reason\":\"spam\"}", anonymous).statusCode())
                .isEqualTo(401);
        assertThat(http.postJson("/forum/api/posts/" + reply + "/flags", "{\"reason\":\"nonsense\"}", member.auth())
                .statusCode()).isEqualTo(400);

        // Residents only: an unverified member may not post; a verified resident and a moderator may.
        HttpResponse<String> settings = http.sendJson("PUT", "/forum/api/areas/" + ward + "/settings",
                "{\"post\":\"residents\"}", areaAdmin.auth());
        assertThat(settings.statusCode()).as(settings.body()).isEqualTo(200);
        assertThat(http.sendJson("PUT", "/forum/api/areas/" + ward + "/settings", "{\"post\":\"members\"}", member.auth())
                .statusCode()).isEqualTo(403);
        HttpResponse<String> unverified = forum.replying(topic, member, "I live here, honestly", null);
        assertThat(unverified.statusCode()).isEqualTo(403);
        assertThat(Http.json(unverified).path("detail").asText()).contains("verified residents");
        ForumFixture.Member resident = forum.established("Resident");
        forum.verifyResident(ward, resident);
        forum.reply(topic, resident, "I am a verified resident", null);
        Thread.sleep(5100); // the moderator replied a moment ago: a post every 5 s
        forum.reply(topic, moderator, "Moderators may post too", null);
    }

    @Test
    void threeFlagsHideAPostAndTheQueueRestoresIt() throws Exception {
        ForumFixture.Member author = forum.established("Author");
        ForumFixture.Member moderator = forum.established("Moderator");
        forum.grant(ward, moderator, "moderator");
        String topic = forum.topic(ward, author, "Something to flag", "Buy cheap watches at my shop");
        String post = forum.topicJson(topic, new String[0]).path("posts").get(0).path("id").asText();

        ForumFixture.Member first = forum.established("FlagOne");
        ForumFixture.Member second = forum.established("FlagTwo");
        ForumFixture.Member third = forum.established("FlagThree");
        assertThat(flag(post, first, "{\"reason\":\"spam\"}").statusCode()).isEqualTo(201);
        assertThat(flag(post, first, "{\"reason\":\"offensive\"}").statusCode()).as("the same member again").isEqualTo(409);
        assertThat(flag(post, second, "{\"reason\":\"other\"}").statusCode()).as("other needs a text").isEqualTo(400);
        assertThat(flag(post, second, "{\"reason\":\"other\",\"text\":\"An advert\"}").statusCode()).isEqualTo(201);
        assertThat(forum.topicJson(topic, new String[0]).path("posts").get(0).path("hidden").asBoolean())
                .as("two flags do not hide").isFalse();
        HttpResponse<String> hiding = flag(post, third, "{\"reason\":\"spam\"}");
        assertThat(hiding.statusCode()).isEqualTo(201);
        assertThat(Http.json(hiding).path("hidden").asBoolean()).isTrue();

        JsonNode hidden = forum.topicJson(topic, new String[0]).path("posts").get(0);
        assertThat(hidden.path("hidden").asBoolean()).isTrue();
        assertThat(hidden.path("bodyHtml").asText()).as("hidden from readers").isEmpty();
        assertThat(forum.topicJson(topic, moderator.auth()).path("posts").get(0).path("bodyHtml").asText())
                .as("moderators still read it").contains("cheap watches");
        assertThat(forum.count("select count(*) from core.audit_entry where action = 'forum.post-hidden' and target_id = ?",
                post)).isEqualTo(1);
        assertThat(forum.count("select count(*) from forum.notification where kind = 'hidden' and post_id = cast(? as uuid)",
                post)).as("the author is told").isEqualTo(1);

        JsonNode queue = Http.json(http.get("/forum/api/areas/" + ward + "/queue", moderator.auth()));
        assertThat(queue).hasSize(1);
        assertThat(queue.get(0).path("postId").asText()).isEqualTo(post);
        assertThat(queue.get(0).path("flags").asInt()).isEqualTo(3);
        assertThat(http.get("/forum/api/areas/" + ward + "/queue", author.auth()).statusCode()).isEqualTo(403);

        HttpResponse<String> restored = http.postJson("/forum/api/posts/" + post + "/review",
                "{\"decision\":\"disagree\",\"reason\":\"Not spam: the shop is local\"}", moderator.auth());
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(204);
        assertThat(forum.topicJson(topic, new String[0]).path("posts").get(0).path("hidden").asBoolean()).isFalse();
        assertThat(Http.json(http.get("/forum/api/areas/" + ward + "/queue", moderator.auth()))).isEmpty();
        assertThat(forum.count("select count(*) from core.audit_entry where action = 'forum.post-restored'"
                + " and details->>'reason' = ?", "Not spam: the shop is local")).isEqualTo(1);
    }

    @Test
    void rateLimitsAnswer429WithRetryAfter() throws Exception {
        ForumFixture.Member regular = forum.established("Regular");
        String topic = forum.topic(ward, regular, "Limits topic", "First words");
        HttpResponse<String> tooSoonTopic = http.postJson("/forum/api/areas/" + ward + "/topics",
                "{\"title\":\"Second topic\",\"body\":\"Other words\"}", regular.auth());
        assertThat(tooSoonTopic.statusCode()).as("a topic every 15 s").isEqualTo(429);
        assertThat(Long.parseLong(tooSoonTopic.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 15L);

        forum.reply(topic, regular, "A first reply", null);
        HttpResponse<String> tooSoon = forum.replying(topic, regular, "A second reply", null);
        assertThat(tooSoon.statusCode()).as("a post every 5 s").isEqualTo(429);
        assertThat(Long.parseLong(tooSoon.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 5L);
        Thread.sleep(5200);
        HttpResponse<String> twice = forum.replying(topic, regular, "A first reply", null);
        assertThat(twice.statusCode()).as("the same text within 5 minutes").isEqualTo(429);
        assertThat(Http.json(twice).path("detail").asText()).contains("same text");
        forum.reply(topic, regular, "Something new after five seconds", null);

        ForumFixture.Member newcomer = forum.newcomer("Newcomer");
        HttpResponse<String> links = forum.replying(topic, newcomer,
                "See https://a.example.org and https://b.example.org and https://c.example.org", null);
        assertThat(links.statusCode()).as("at most 2 links on the first day").isEqualTo(400);
        assertThat(Http.json(links).path("errors").has("body")).isTrue();
        forum.reply(topic, newcomer, "Hello, I am new here", null);
        HttpResponse<String> newSoon = forum.replying(topic, newcomer, "And again", null);
        assertThat(newSoon.statusCode()).as("new members: a post every 30 s").isEqualTo(429);
        assertThat(Long.parseLong(newSoon.headers().firstValue("Retry-After").orElseThrow())).isBetween(6L, 30L);
        forum.topic(ward, newcomer, "A newcomer asks", "My first topic");
        HttpResponse<String> newTopic = http.postJson("/forum/api/areas/" + ward + "/topics",
                "{\"title\":\"Another newcomer topic\",\"body\":\"Words\"}", newcomer.auth());
        assertThat(newTopic.statusCode()).as("new members: a topic every 120 s").isEqualTo(429);
        assertThat(Long.parseLong(newTopic.headers().firstValue("Retry-After").orElseThrow())).isBetween(16L, 120L);

        // The first-day caps, with earlier writes placed outside the intervals: 3 topics and 10 replies.
        ForumFixture.Member busy = forum.member("Busy", true, java.time.Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            forum.sql("insert into forum.rate_event (user_id, kind, text_hash, created_at)"
                    + " values (cast(? as uuid), 'topic', ?, now() - interval '10 minutes')", busy.id(), "t" + i);
        }
        for (int i = 0; i < 10; i++) {
            forum.sql("insert into forum.rate_event (user_id, kind, text_hash, created_at)"
                    + " values (cast(? as uuid), 'post', ?, now() - interval '10 minutes')", busy.id(), "p" + i);
        }
        HttpResponse<String> fourth = http.postJson("/forum/api/areas/" + ward + "/topics",
                "{\"title\":\"A fourth topic today\",\"body\":\"Words\"}", busy.auth());
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(Http.json(fourth).path("detail").asText()).contains("3 topics");
        HttpResponse<String> eleventh = forum.replying(topic, busy, "An eleventh reply", null);
        assertThat(eleventh.statusCode()).isEqualTo(429);
        assertThat(Http.json(eleventh).path("detail").asText()).contains("10 replies");
        assertThat(forum.count("select count(*) from forum.post where author_id = cast(? as uuid)", busy.id()))
                .as("nothing half-saved").isZero();
    }

    @Test
    void mentionsAndWatchedTopicsAreMailedAndDigestsCollectTheRest(Mailbox mailbox) throws Exception {
        ForumFixture.Member starter = forum.established("Starter");
        ForumFixture.Member mentioned = forum.established("Mentioned");
        ForumFixture.Member replier = forum.established("Replier");
        String topic = forum.topic(ward, starter, "Street party in June", "Who wants to help?");
        String other = forum.topic(ward, mentioned, "Where to park", "Any ideas for the party?");

        forum.reply(topic, replier, "I can help. @" + mentioned.handle() + " has tables, I think.", null);

        Mailbox.Mail watched = mailbox.awaitMail(starter.email(), 1);
        assertThat(watched.subject()).contains("Street party in June").contains(replier.name());
        assertThat(watched.text()).contains("/forum/" + ward + "/topic.xhtml?id=" + topic);
        Mailbox.Mail mention = mailbox.awaitMail(mentioned.email(), 1);
        assertThat(mention.subject()).contains("mentioned you").contains(replier.name());

        // One click, no sign-in; opening the link (as a mail scanner does) only asks.
        String unsubscribe = mention.link("/forum/unsubscribe.xhtml");
        Http anonymous = new Http(forum.portal);
        HttpResponse<String> page = anonymous.get(unsubscribe);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"unsubscribe-ask\"");
        assertThat(Http.json(http.get("/forum/api/me/forum-mail", mentioned.auth())).path("mode").asText()).isNotEqualTo("none");
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page.body());
        Matcher token = Pattern.compile("name=\"unsubscribe:token\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(viewState.find() && nonce.find() && token.find()).as("the confirmation form").isTrue();
        HttpResponse<String> confirmed = anonymous.postForm("/forum/unsubscribe.xhtml", "unsubscribe=unsubscribe"
                + "&unsubscribe%3Atoken=" + AdminApi.q(token.group(1)) + "&unsubscribe%3Aconfirm="
                + "&jakarta.faces.ViewState=" + AdminApi.q(viewState.group(1)) + "&primefaces.nonce=" + AdminApi.q(nonce.group(1)));
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("id=\"unsubscribed\"");
        assertThat(Http.json(http.get("/forum/api/me/forum-mail", mentioned.auth())).path("mode").asText()).isEqualTo("none");
        assertThat(anonymous.get("/forum/unsubscribe.xhtml?token=not-a-token").body()).contains("id=\"unsubscribe-unknown\"");

        // A daily digest: the test portal's day is short (PORTAL_FORUM_DIGEST_DAILY_SECONDS).
        assertThat(http.sendJson("PUT", "/forum/api/me/forum-mail", "{\"mode\":\"daily\"}", starter.auth()).statusCode())
                .isEqualTo(200);
        assertThat(http.sendJson("PUT", "/forum/api/me/forum-mail", "{\"mode\":\"hourly\"}", starter.auth()).statusCode())
                .isEqualTo(400);
        Thread.sleep(5200);
        forum.reply(topic, replier, "Tables are sorted.", null);
        Mailbox.Mail digest = mailbox.awaitMail(starter.email(), 2);
        assertThat(digest.subject()).contains("new notification");
        assertThat(digest.text()).contains("Street party in June").contains("/forum/unsubscribe.xhtml?token=");
        assertThat(Http.json(http.get("/forum/api/me/notifications", starter.auth())).path("unread").asInt())
                .isGreaterThanOrEqualTo(2);
        assertThat(other).isNotEmpty();
    }

    @Test
    void searchFindsWordsButNotHiddenPostsAndTheFeedIsAtom() throws Exception {
        ForumFixture.Member writer = forum.established("Writer");
        ForumFixture.Member moderator = forum.established("Moderator");
        forum.grant(ward, moderator, "moderator");
        String topic = forum.topic(ward, writer, "Allotments waiting list", "The waiting list is long.");
        String visible = forum.reply(topic, moderator, "Try the community orchard instead.", null);
        Thread.sleep(5100);
        String hidden = forum.reply(topic, moderator, "The orchard keys are under the mat.", null);
        assertThat(http.sendJson("PUT", "/forum/api/posts/" + hidden + "/hidden", "{\"hidden\":true,\"reason\":\"Security\"}",
                moderator.auth()).statusCode()).isEqualTo(200);

        JsonNode found = Http.json(http.get("/forum/api/areas/" + ward + "/search?q=orchard"));
        assertThat(found.path("total").asInt()).isEqualTo(1);
        JsonNode hit = found.path("results").get(0);
        assertThat(hit.path("postId").asText()).isEqualTo(visible);
        assertThat(hit.path("topicId").asText()).isEqualTo(topic);
        assertThat(hit.path("title").asText()).isEqualTo("Allotments waiting list");
        assertThat(hit.path("snippet").asText()).contains("<mark>orchard</mark>");
        assertThat(Http.json(http.get("/forum/api/areas/" + ward + "/search?q=orchard", moderator.auth()))
                .path("total").asInt()).as("moderators find hidden posts").isEqualTo(2);
        JsonNode byTitle = Http.json(http.get("/forum/api/areas/" + ward + "/search?q=allotments"));
        assertThat(byTitle.path("results").get(0).path("topicId").asText()).isEqualTo(topic);

        HttpResponse<String> feed = http.get("/forum/" + ward + "/feed.atom");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document atom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        Element root = atom.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo(1);
        HttpResponse<String> topicFeed = http.get("/forum/" + ward + "/feed.atom?topic=" + topic);
        assertThat(topicFeed.statusCode()).isEqualTo(200);
        assertThat(topicFeed.body()).contains("community orchard").doesNotContain("under the mat");
    }

    @Test
    void scriptsAndJavascriptLinksAreMadeHarmless() throws Exception {
        ForumFixture.Member writer = forum.established("Writer");
        String topic = forum.topic(ward, writer, "Harmless markup",
                "<script>alert(1)</script>\n\nA [click](javascript:alert(2)) and <img src=x onerror=alert(3)> and"
                        + " [a real link](https://example.org)");
        String html = forum.topicJson(topic, new String[0]).path("posts").get(0).path("bodyHtml").asText();
        assertThat(html).doesNotContain("<script").doesNotContain("href=\"javascript").doesNotContain("<img");
        assertThat(html).contains("&lt;script&gt;");
        assertThat(html).contains("href=\"https://example.org\"").contains("nofollow").contains("ugc").contains("noopener");
    }

    @Test
    void theForumSwitchedOffAnswers404Everywhere() throws Exception {
        ForumFixture.Member writer = forum.established("Writer");
        String topic = forum.topic(ward, writer, "Before the switch", "Words");
        forum.switchForum(ward, false);
        assertThat(http.get("/forum/api/areas/" + ward + "/topics").statusCode()).isEqualTo(404);
        assertThat(http.get("/forum/api/topics/" + topic).statusCode()).isEqualTo(404);
        assertThat(forum.replying(topic, writer, "After the switch", null).statusCode()).isEqualTo(404);
        assertThat(http.get("/forum/" + ward + "/").statusCode()).isEqualTo(404);
        assertThat(http.get("/forum/" + ward + "/feed.atom").statusCode()).isEqualTo(404);
        assertThat(http.get("/forum/api/areas/" + ward + "/search?q=words").statusCode()).isEqualTo(404);
        assertThat(Map.of()).isEmpty();
    }

    private HttpResponse<String> flag(String post, ForumFixture.Member member, String body) throws Exception {
        return http.postJson("/forum/api/posts/" + post + "/flags", body, member.auth());
    }
}

package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The forum's most read pages come to anonymous readers from portal-api's page cache (issue 10, speed): each
 * answer has a script nonce of its own that its CSP header names, a change made in the forum shows on the next
 * request, a signed-in member always gets their own page, and the languages are never mixed.
 */
@ExtendWith(SharedPortal.class)
class ForumAnonymousPagesIT {

    private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern BODY_NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final ForumFixture forum;
    private final RunningPortal portal;
    private String ward;
    private ForumFixture.Member author;
    private String topic;
    private String page;

    ForumAnonymousPagesIT(RunningPortal portal) throws Exception {
        this.portal = portal;
        this.forum = new ForumFixture(portal);
    }

    @BeforeEach
    void aTopicInAWardOfItsOwn() throws Exception {
        ward = forum.ward("pages");
        author = forum.established("Writer");
        topic = forum.topic(ward, author, "Street lights on Mill Lane", "The lights are out again.");
        page = "/forum/" + ward + "/topic.xhtml?id=" + topic + "&page=1";
    }

    @Test
    void everyAnswerHasANonceOfItsOwnThatItsPolicyNames() throws Exception {
        Http reader = new Http(portal);
        Set<String> nonces = new HashSet<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> answer = reader.get(page);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().allValues("Set-Cookie")).as("no session, no cookie").isEmpty();
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(answer.headers().allValues("X-Frame-Options")).containsExactly("DENY");
            List<String> policies = answer.headers().allValues("Content-Security-Policy");
            assertThat(policies).as("one policy, the page's").hasSize(1);
            Matcher named = HEADER_NONCE.matcher(policies.get(0));
            assertThat(named.find()).as(policies.get(0)).isTrue();
            String nonce = named.group(1);
            Matcher used = BODY_NONCE.matcher(answer.body());
            int scripts = 0;
            while (used.find()) {
                assertThat(used.group(1)).as("every script carries this answer's nonce").isEqualTo(nonce);
                scripts++;
            }
            assertThat(scripts).isGreaterThan(3);
            assertThat(answer.body()).contains("value=\"stateless\"").doesNotContain("portal-user-name")
                    .doesNotContain("name=\"csrf\"");
            nonces.add(nonce);
            bodies.add(answer.body().replace(nonce, "NONCE"));
        }
        assertThat(nonces).as("a nonce of its own each time").hasSize(4);
        assertThat(new HashSet<>(bodies)).as("otherwise the same page").hasSize(1);
    }

    @Test
    void aReplyAHiddenPostAndADeletedOneShowOnTheNextRequest() throws Exception {
        Http reader = new Http(portal);
        ForumFixture.Member tom = forum.established("Tom");
        ForumFixture.Member moderator = forum.established("Mod");
        forum.grant(ward, moderator, "moderator");
        assertThat(reader.get(page).body()).contains("The lights are out again.");

        String reply = forum.reply(topic, tom, "Reported to the council today.", null);
        assertThat(reader.get(page).body()).as("the reply, at once").contains("Reported to the council today.");
        assertThat(reader.get("/forum/" + ward + "/").body()).as("the area's list too").contains("Street lights on Mill Lane");

        HttpResponse<String> hidden = forum.http.sendJson("PUT", "/forum/api/posts/" + reply + "/hidden",
                "{\"hidden\":true,\"reason\":\"test\"}", moderator.auth());
        assertThat(hidden.statusCode()).as(hidden.body()).isBetween(200, 204);
        assertThat(reader.get(page).body()).as("hidden at once").doesNotContain("Reported to the council today.");

        ForumFixture.Member ann = forum.established("Ann"); // Tom may reply again only after 5 s
        String second = forum.reply(topic, ann, "A second reply to delete.", null);
        assertThat(reader.get(page).body()).contains("A second reply to delete.");
        assertThat(forum.http.delete("/forum/api/posts/" + second, ann.auth()).statusCode()).isEqualTo(204);
        assertThat(reader.get(page).body()).as("deleted at once").doesNotContain("A second reply to delete.");
    }

    @Test
    void aSignedInMemberNeverGetsTheAnonymousPage() throws Exception {
        Http reader = new Http(portal);
        assertThat(reader.get(page).body()).contains("portal-sign-in");
        assertThat(reader.get(page).body()).as("kept for anonymous readers").contains("portal-sign-in");

        Http member = new Http(portal);
        member.signIn(author.email(), ForumFixture.PASSWORD);
        String own = member.get(page).body();
        assertThat(own).contains("id=\"portal-user-name\"").contains(author.name()).contains("id=\"reply\"")
                .doesNotContain("portal-sign-in");

        String byToken = reader.get(page, author.auth()).body();
        assertThat(byToken).contains(author.name()).doesNotContain("portal-sign-in");
        assertThat(reader.get(page).body()).as("and the anonymous page is still anonymous").contains("portal-sign-in")
                .doesNotContain(author.name() + "</a></li>");
    }

    @Test
    void eachLanguageIsAPageOfItsOwn() throws Exception {
        Http reader = new Http(portal);
        assertThat(reader.get(page, "Accept-Language", "cy").body()).contains("lang=\"cy\"");
        assertThat(reader.get(page, "Accept-Language", "en").body()).contains("lang=\"en\"");
        assertThat(reader.get(page, "Accept-Language", "cy").body()).contains("lang=\"cy\"");
        assertThat(reader.get(page).body()).contains("lang=\"en\"");

        Http welsh = new Http(portal);
        assertThat(welsh.get(page + "&lang=cy").statusCode()).as("the header's switch sets the cookie").isEqualTo(303);
        assertThat(welsh.get(page, "Accept-Language", "en").body()).as("the cookie wins").contains("lang=\"cy\"");
        assertThat(reader.get(page, "Accept-Language", "en").body()).contains("lang=\"en\"");
    }
}

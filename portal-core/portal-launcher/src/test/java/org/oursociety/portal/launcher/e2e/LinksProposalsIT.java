package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12, items 1, 2 and 5 through the running portal: a published proposal has exactly one forum topic however
 * often (and however concurrently) it is asked for, both pages link each other, the link is left out with a note
 * while the forum is off; proposals on behalf of an organisation and the topics that mention it are listed on its
 * page; followers are mailed (real SMTP) by their forum mail setting.
 */
@ExtendWith(SharedPortal.class)
class LinksProposalsIT {

    private final RunningPortal portal;
    private final Mailbox mailbox;
    private final Http http;
    private final ForumFixture forum;
    private final BudgetWard ward;

    LinksProposalsIT(RunningPortal portal, Mailbox mailbox) throws Exception {
        this.portal = portal;
        this.mailbox = mailbox;
        this.http = new Http(portal);
        this.forum = new ForumFixture(portal);
        this.ward = new BudgetWard(portal);
    }

    @Test
    void aPublishedProposalHasExactlyOneTopicAndBothPagesLinkEachOther() throws Exception {
        forum.switchForum(ward.slug, true);
        long round = openRound();
        String[] author = ward.member("Alys Proposer");
        long proposal = ward.propose(round, author, "Benches by the river", 400);

        HttpResponse<String> discussion = http.get(subjectPath(proposal));
        assertThat(discussion.statusCode()).as("the topic was made when the proposal was published: " + discussion.body())
                .isEqualTo(200);
        String topicHref = Http.json(discussion).path("topic").path("href").asText();
        String topicId = Http.json(discussion).path("topic").path("id").asText();
        assertThat(topicHref).isEqualTo("/forum/" + ward.slug + "/topic.xhtml?id=" + topicId);

        // published again and again, all at once: still the one topic
        assertThat(concurrentAsks(proposal, 8)).containsExactly(topicId);
        assertThat(topicsAbout(proposal)).isEqualTo(1);

        String proposalPage = http.get("/budget/" + ward.slug + "/proposal.xhtml?id=" + proposal).body();
        assertThat(proposalPage).contains(topicHref.replace("&", "&amp;"), "Join the discussion");
        String topicPage = http.get(topicHref).body();
        assertThat(topicPage).contains("/budget/" + ward.slug + "/proposal.xhtml?id=" + proposal, "Benches by the river",
                "Cost", "£400", "Proposals");

        // the topic's card is read live: an edit of the proposal shows at once
        HttpResponse<String> edited = http.sendJson("PUT", "/budget/api/proposals/" + proposal, Http.JSON.writeValueAsString(
                Map.of("title", "Oak benches by the river", "description", "Sturdy.", "cost", 450)), BudgetWard.auth(author));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(http.get(topicHref).body()).contains("Oak benches by the river", "£450");

        // a reply in the forum shows on the proposal page
        ForumFixture.Member talker = forum.established("Rhys");
        forum.reply(topicId, talker, "Yes please, the old ones are rotten.", null);
        assertThat(http.get("/budget/" + ward.slug + "/proposal.xhtml?id=" + proposal).body())
                .contains("Yes please, the old ones are rotten.", "One reply.");
    }

    @Test
    void aTopicAskedForWhileNoneExistsIsMadeOnceEvenConcurrently() throws Exception {
        forum.switchForum(ward.slug, false);
        long round = openRound();
        long proposal = ward.propose(round, ward.member("Cai Proposer"), "A community fridge", 300);
        assertThat(topicsAbout(proposal)).as("the forum is off in the ward").isZero();
        forum.switchForum(ward.slug, true);

        List<String> ids = concurrentAsks(proposal, 8);
        assertThat(ids).hasSize(1);
        assertThat(topicsAbout(proposal)).isEqualTo(1);
        assertThat(http.sendJson("PUT", "/forum/api/areas/" + ward.slug + "/subjects/budget/999999999", "{}").statusCode())
                .as("no topic about a proposal that does not exist").isEqualTo(404);
    }

    @Test
    void theLinkIsLeftOutWithANoteWhileTheForumIsOffAndMadeOnceItIsOn() throws Exception {
        forum.switchForum(ward.slug, false);
        long round = openRound();
        long proposal = ward.propose(round, ward.member("Dewi Proposer"), "Planters on the high street", 250);
        // every WAR sees a switch within about 2 s
        Await.until(Duration.ofSeconds(10), "the proposal page says there is no forum here", () -> http.get(
                "/budget/" + ward.slug + "/proposal.xhtml?id=" + proposal).body().contains("There is no forum in this area"));
        String page = http.get("/budget/" + ward.slug + "/proposal.xhtml?id=" + proposal).body();
        assertThat(page).contains("Planters on the high street").doesNotContain("Join the discussion");
        assertThat(topicsAbout(proposal)).isZero();

        forum.switchForum(ward.slug, true);
        Await.until(Duration.ofSeconds(20), "the proposal page asks for the topic once the forum is on",
                () -> http.get("/budget/" + ward.slug + "/proposal.xhtml?id=" + proposal).body().contains("Join the discussion"));
        assertThat(topicsAbout(proposal)).isEqualTo(1);
    }

    @Test
    void anOrganisationListsItsProposalsAndTheTopicsThatMentionIt() throws Exception {
        forum.switchForum(ward.slug, true);
        String[] editor = ward.member("Efa Editor");
        String orgId = organisation("Riverside Gardeners", editor[2]);
        long round = openRound();

        HttpResponse<String> refused = submit(round, ward.member("Not An Editor"), "Not ours to propose", orgId);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(Http.json(refused).path("errors").has("organisation")).isTrue();

        HttpResponse<String> made = submit(round, editor, "Wildflower verges", orgId);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        long proposal = Http.json(made).path("id").asLong();
        String orgHref = "/directory/" + ward.slug + "/organization.xhtml?id=" + orgId;
        assertThat(http.get("/budget/" + ward.slug + "/proposal.xhtml?id=" + proposal).body())
                .contains("Proposed on behalf of", "Riverside Gardeners", orgHref);
        JsonNode listed = Http.json(http.get("/budget/api/organisations/" + orgId + "/proposals"));
        assertThat(listed.path("proposals").get(0).path("title").asText()).isEqualTo("Wildflower verges");
        assertThat(listed.path("proposals").get(0).path("funded").asBoolean()).isFalse();

        ForumFixture.Member talker = forum.established("Gwen");
        forum.topic(ward.slug, talker, "Who tends the verges?", "Ask [the gardeners](" + orgHref + "), they know.");
        String orgPage = http.get(orgHref).body();
        assertThat(orgPage).contains("Budget proposals", "Wildflower verges", "Talked about in the forum",
                "Who tends the verges?");

        forum.switchForum(ward.slug, false);
        // the directory reads the switches within 2 s of the forum
        Await.until(java.time.Duration.ofSeconds(10), "the directory sees the forum switched off",
                () -> http.get(orgHref).body().contains("There is no forum open to you in this area"));
        assertThat(http.get(orgHref).body()).contains("Wildflower verges", "There is no forum open to you in this area")
                .doesNotContain("Who tends the verges?");
    }

    @Test
    void followersAreToldOfNewProposalsOffersAndWantsByTheirForumMailSetting() throws Exception {
        String[] editor = ward.member("Ffion Editor");
        String orgId = organisation("Canal Cleaners", editor[2]);
        String[] eager = ward.member("Eager Follower");
        String[] quiet = ward.member("Quiet Follower");
        assertThat(http.sendJson("PUT", "/forum/api/me/forum-mail", "{\"mode\":\"none\"}", BudgetWard.auth(quiet))
                .statusCode()).isEqualTo(200);
        for (String[] follower : List.of(eager, quiet)) {
            HttpResponse<String> followed = http.sendJson("PUT", "/directory/api/follows/" + orgId, "{}", BudgetWard.auth(follower));
            assertThat(followed.statusCode()).as(followed.body()).isEqualTo(204);
        }

        long round = openRound();
        HttpResponse<String> made = submit(round, editor, "Litter pickers for the towpath", orgId);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        long proposal = Http.json(made).path("id").asLong();
        Mailbox.Mail first = mailbox.awaitMail(eager[2], 1);
        assertThat(first.subject()).contains("Canal Cleaners", "Litter pickers for the towpath");
        assertThat(first.text()).contains("/budget/" + ward.slug + "/proposal.xhtml?id=" + proposal);

        HttpResponse<String> offered = http.postJson("/directory/api/organizations/" + orgId + "/exchange",
                "{\"kind\":\"offer\",\"category\":\"equipment\",\"title\":\"Grabbers to lend\",\"body\":\"Twenty of them.\","
                        + "\"ends_on\":\"" + LocalDate.now().plusDays(30) + "\"}", BudgetWard.auth(editor));
        assertThat(offered.statusCode()).as(offered.body()).isEqualTo(201);
        assertThat(mailbox.awaitMail(eager[2], 2).subject()).contains("Grabbers to lend");

        // the budget telling again changes nothing; the quiet follower sees both in-app but was mailed nothing
        assertThat(http.sendJson("PUT", "/directory/api/follows/" + orgId + "/proposals/" + proposal, "{}").statusCode())
                .isEqualTo(204);
        JsonNode quietNews = Http.json(http.get("/directory/api/follows", BudgetWard.auth(quiet)));
        assertThat(quietNews.path("notices")).hasSize(2);
        assertThat(mailbox.mailsTo(quiet[2])).as("forum mail setting: none").isEmpty();
        assertThat(mailbox.mailsTo(eager[2])).hasSize(2);
        assertThat(http.sendJson("PUT", "/directory/api/follows/" + orgId + "/proposals/999999999", "{}").statusCode())
                .as("news the budget does not confirm is refused").isEqualTo(404);

        assertThat(http.delete("/directory/api/follows/" + orgId, BudgetWard.auth(eager)).statusCode())
                .isEqualTo(204);
        assertThat(Http.json(http.get("/directory/api/follows", BudgetWard.auth(eager))).path("organizations")).isEmpty();
    }

    private long openRound() throws Exception {
        long round = ward.round("{\"kind\":\"approval\",\"min\":1,\"max\":2}", 1000);
        ward.moveTo(round, "proposals");
        return round;
    }

    private HttpResponse<String> submit(long round, String[] who, String title, String organisation) throws Exception {
        return http.postJson("/budget/api/rounds/" + round + "/proposals", Http.JSON.writeValueAsString(Map.of("title",
                title, "description", title + ", for everyone.", "cost", 200, "organisation", organisation)),
                BudgetWard.auth(who));
    }

    /** An organisation of the ward with {@code editorEmail} as its editor. */
    private String organisation(String name, String editorEmail) throws Exception {
        String id = UUID.randomUUID().toString();
        String json = "[{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"description\":\"Volunteers.\",\"website\":\"https://example.org\"}]";
        Await.until(Duration.ofSeconds(15), "the directory imports",
                () -> http.postJson("/directory/api/areas/" + ward.slug + "/import", json, ward.admin).statusCode() == 200);
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(
                "insert into directory.editor (organization_id, user_id, added_at)"
                        + " select ?, id, now() from core.user_account where email = ?")) {
            s.setString(1, id);
            s.setString(2, editorEmail);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        return id;
    }

    private String subjectPath(long proposal) {
        return "/forum/api/areas/" + ward.slug + "/subjects/budget/" + proposal;
    }

    /** Asks for the proposal's topic {@code n} times at once; the distinct topic ids answered. */
    private List<String> concurrentAsks(long proposal, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<HttpResponse<String>>> asks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                asks.add(pool.submit(() -> new Http(portal).sendJson("PUT", subjectPath(proposal), "{}")));
            }
            Set<String> ids = new HashSet<>();
            for (Future<HttpResponse<String>> ask : asks) {
                HttpResponse<String> answer = ask.get();
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                ids.add(Http.json(answer).path("id").asText());
            }
            return new ArrayList<>(ids);
        } finally {
            pool.shutdownNow();
        }
    }

    private long topicsAbout(long proposal) throws Exception {
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(
                "select count(*) from forum.topic where subject_module = 'budget' and subject_id = ?")) {
            s.setString(1, String.valueOf(proposal));
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}

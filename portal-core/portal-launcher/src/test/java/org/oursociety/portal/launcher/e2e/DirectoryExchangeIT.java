package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Wants and offers answered through the portal (mailed both ways, each side sees the exchange) and links between organisations. */
@ExtendWith(SharedPortal.class)
class DirectoryExchangeIT {

    private final RunningPortal portal;
    private final Mailbox mailbox;
    private final Http http;
    private final AdminApi api;
    private String[] admin;
    private String ward;
    private String orgId;
    private String otherOrgId;
    private String editor;

    DirectoryExchangeIT(RunningPortal portal, Mailbox mailbox) {
        this.portal = portal;
        this.mailbox = mailbox;
        this.http = new Http(portal);
        this.api = new AdminApi(portal);
    }

    @BeforeEach
    void twoOrganisationsOneWithAnEditor() throws Exception {
        admin = bearer(api.token(RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD));
        ward = "dir-swap-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.postJson("/api/areas", "{\"slug\":\"" + ward + "\",\"name\":\"Swap Ward\",\"type\":\"ward\","
                + "\"parent\":\"demo-borough\"}", admin).statusCode()).isEqualTo(201);
        orgId = UUID.randomUUID().toString();
        otherOrgId = UUID.randomUUID().toString();
        String orgs = "[{\"id\":\"" + orgId + "\",\"name\":\"Swap Shop Collective\",\"description\":\"Swapping things.\",\"website\":\"https://swap.example\"},"
                + "{\"id\":\"" + otherOrgId + "\",\"name\":\"Ward Voluntary Council\",\"description\":\"Supporting groups.\",\"website\":\"https://wvc.example\"}]";
        await(() -> http.postJson("/directory/api/areas/" + ward + "/import", orgs, admin).statusCode() == 200);
        editor = api.newResident("dir-swap-editor");
        HttpResponse<String> claim = http.postJson("/directory/api/organizations/" + orgId + "/claims", "{}",
                bearer(api.token(editor, AdminApi.PASSWORD)));
        assertThat(http.postJson("/directory/api/claims/" + Http.json(claim).path("id").asText() + "/approve", "", admin)
                .statusCode()).isEqualTo(200);
        mailbox.awaitMail(editor, 1);
    }

    @Test
    void aWantIsAnsweredThroughThePortalAndBothSidesSeeTheExchange() throws Exception {
        String[] editorAuth = bearer(api.token(editor, AdminApi.PASSWORD));
        HttpResponse<String> posted = http.postJson("/directory/api/organizations/" + orgId + "/exchange",
                "{\"kind\":\"want\",\"category\":\"room\",\"title\":\"A room for our Saturday swap\",\"body\":\"Two hours, **once a month**.\","
                        + "\"ends_on\":\"" + LocalDate.now().plusDays(30) + "\"}", editorAuth);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        String post = Http.json(posted).path("id").asText();
        JsonNode open = Http.json(http.get("/directory/api/areas/" + ward + "/exchange"));
        assertThat(open.toString()).contains("A room for our Saturday swap", "<strong>once a month</strong>");
        assertThat(http.get("/directory/" + ward + "/organization.xhtml?id=" + orgId).body()).contains("A room for our Saturday swap");

        String helper = api.newResident("dir-swap-helper");
        String[] helperAuth = bearer(api.token(helper, AdminApi.PASSWORD));
        assertThat(http.postJson("/directory/api/exchange/" + post + "/messages", "{\"body\":\"Our church hall is free.\"}",
                helperAuth).statusCode()).isEqualTo(201);
        Mailbox.Mail toEditor = mailbox.awaitMail(editor, 2);
        assertThat(toEditor.subject()).contains("A room for our Saturday swap");
        assertThat(toEditor.text()).contains("Our church hall is free.");

        String helperId = DirectoryHsdsIT.userId(portal, helper);
        assertThat(http.postJson("/directory/api/exchange/" + post + "/messages",
                "{\"body\":\"Wonderful, thank you!\",\"replier\":\"" + helperId + "\"}", editorAuth).statusCode()).isEqualTo(201);
        assertThat(mailbox.awaitMail(helper, 1).text()).contains("Wonderful, thank you!");

        JsonNode helperSees = Http.json(http.get("/directory/api/exchange/" + post + "/messages", helperAuth));
        assertThat(helperSees).hasSize(2);
        assertThat(helperSees.get(1).path("fromOrganization").asBoolean()).isTrue();
        assertThat(Http.json(http.get("/directory/api/exchange/" + post + "/messages", editorAuth))).hasSize(2);
        String stranger = api.newResident("dir-swap-stranger");
        assertThat(Http.json(http.get("/directory/api/exchange/" + post + "/messages",
                bearer(api.token(stranger, AdminApi.PASSWORD))))).as("not their conversation").isEmpty();

        HttpResponse<String> late = http.postJson("/directory/api/organizations/" + orgId + "/exchange",
                "{\"kind\":\"offer\",\"category\":\"room\",\"title\":\"x\",\"body\":\"\",\"ends_on\":\"2001-01-01\"}", editorAuth);
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(Http.json(late).path("errors").has("ends_on")).isTrue();
        assertThat(Http.json(late).path("errors").has("title")).isTrue();
        assertThat(http.postJson("/directory/api/organizations/" + orgId + "/exchange", "{}", helperAuth).statusCode())
                .as("only editors post").isEqualTo(403);
    }

    @Test
    void aLinkBetweenOrganisationsShowsOnBothPages() throws Exception {
        HttpResponse<String> linked = http.postJson("/directory/api/organizations/" + orgId + "/links",
                "{\"organization_id\":\"" + otherOrgId + "\",\"kind\":\"member-of\"}", bearer(api.token(editor, AdminApi.PASSWORD)));
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);

        assertThat(http.get("/directory/" + ward + "/organization.xhtml?id=" + orgId).body())
                .contains("Member of", "Ward Voluntary Council");
        assertThat(http.get("/directory/" + ward + "/organization.xhtml?id=" + otherOrgId).body())
                .contains("Has as a member", "Swap Shop Collective");
    }

    private static String[] bearer(String token) {
        return new String[]{"Authorization", "Bearer " + token};
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.call()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within 15 s");
            }
            Thread.sleep(200);
        }
    }
}

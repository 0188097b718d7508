package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Keeping listings true against the real portal: a claim approved by an area admin, the editor's change live at
 * once, a stranger's change waiting as a suggestion and then approved, a report mailed to the editors (real SMTP),
 * the reminder after 6 months (the test moves the listing's check date back) and "may be out of date" after 12.
 */
@ExtendWith(SharedPortal.class)
class DirectoryStewardshipIT {

    private final RunningPortal portal;
    private final Mailbox mailbox;
    private final Http http;
    private final AdminApi api;
    private String[] admin;
    private String ward;
    private String orgId;
    private String serviceId;

    DirectoryStewardshipIT(RunningPortal portal, Mailbox mailbox) {
        this.portal = portal;
        this.mailbox = mailbox;
        this.http = new Http(portal);
        this.api = new AdminApi(portal);
    }

    @BeforeEach
    void anOrganisationInAWardOfItsOwn() throws Exception {
        admin = bearer(api.token(RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD));
        ward = "dir-keep-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = http.postJson("/api/areas", "{\"slug\":\"" + ward + "\",\"name\":\"Keeping Ward\","
                + "\"type\":\"ward\",\"parent\":\"demo-borough\"}", admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        orgId = UUID.randomUUID().toString();
        serviceId = UUID.randomUUID().toString();
        String org = "{\"id\":\"" + orgId + "\",\"name\":\"Keeping Tenants' Association\",\"description\":\"Tenants helping tenants.\","
                + "\"website\":\"https://tenants.example\",\"services\":[{\"id\":\"" + serviceId + "\",\"name\":\"Tenancy advice evening\","
                + "\"description\":\"Advice on repairs and rents.\",\"status\":\"active\",\"schedules\":[{\"id\":\""
                + UUID.randomUUID() + "\",\"freq\":\"WEEKLY\",\"byday\":\"WE\",\"opens_at\":\"18:00\",\"closes_at\":\"20:00\"}]}]}";
        await(() -> http.postJson("/directory/api/areas/" + ward + "/import", org, admin).statusCode() == 200);
    }

    @Test
    void aClaimApprovedByTheAreaAdminMakesAnEditorWhoseChangesAreLiveAtOnce() throws Exception {
        String claimant = api.newResident("dir-claimant");
        String[] member = bearer(api.token(claimant, AdminApi.PASSWORD));
        String areaAdmin = api.newResident("dir-area-admin");
        assertThat(http.sendJson("PUT", "/api/areas/" + ward + "/roles/" + DirectoryHsdsIT.userId(portal, areaAdmin)
                + "/area-admin", "", admin).statusCode()).isEqualTo(200);
        String[] wardAdmin = bearer(api.token(areaAdmin, AdminApi.PASSWORD));

        HttpResponse<String> claim = http.postJson("/directory/api/organizations/" + orgId + "/claims",
                "{\"message\":\"I am the secretary.\"}", member);
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(201);
        assertThat(http.postJson("/directory/api/organizations/" + orgId + "/claims", "{}", member).statusCode())
                .as("one open claim at a time").isEqualTo(409);
        assertThat(http.get("/directory/api/areas/" + ward + "/claims", member).statusCode()).isEqualTo(403);

        JsonNode pending = awaitJson("/directory/api/areas/" + ward + "/claims", wardAdmin);
        assertThat(pending).hasSize(1);
        HttpResponse<String> approved = http.postJson("/directory/api/claims/" + pending.get(0).path("id").asText()
                + "/approve", "", wardAdmin);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(mailbox.awaitMail(claimant, 1).subject()).contains("Keeping Tenants' Association");

        HttpResponse<String> change = http.patchJson("/directory/api/services/" + serviceId,
                "{\"name\":\"Tenancy advice night\",\"minimum_age\":18}", member);
        assertThat(change.statusCode()).as(change.body()).isEqualTo(200);
        assertThat(Http.json(change).path("outcome").asText()).isEqualTo("applied");
        JsonNode live = Http.json(http.get("/directory/api/hsds/services/" + serviceId));
        assertThat(live.path("name").asText()).isEqualTo("Tenancy advice night");
        assertThat(live.path("minimum_age").asInt()).isEqualTo(18);
        assertThat(live.path("metadata").toString()).contains("\"field_name\":\"name\"", "\"replacement_value\":\"Tenancy advice night\"");

        HttpResponse<String> bad = http.patchJson("/directory/api/services/" + serviceId, "{\"name\":\"\",\"url\":\"ftp://x\"}", member);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.json(bad).path("errors").has("name")).isTrue();
        assertThat(Http.json(bad).path("errors").has("url")).isTrue();
        assertThat(Http.json(http.get("/directory/api/hsds/services/" + serviceId)).path("name").asText())
                .as("nothing half-saved").isEqualTo("Tenancy advice night");
    }

    @Test
    void aStrangersChangeWaitsAsASuggestionShownFieldByFieldUntilAnEditorApprovesIt() throws Exception {
        String editor = anEditor();
        String[] editorAuth = bearer(api.token(editor, AdminApi.PASSWORD));
        String stranger = api.newResident("dir-stranger");

        HttpResponse<String> suggested = http.patchJson("/directory/api/organizations/" + orgId,
                "{\"description\":\"Tenants helping tenants since 1987.\"}", bearer(api.token(stranger, AdminApi.PASSWORD)));
        assertThat(suggested.statusCode()).as(suggested.body()).isEqualTo(200);
        assertThat(Http.json(suggested).path("outcome").asText()).isEqualTo("suggested");
        assertThat(Http.json(http.get("/directory/api/hsds/organizations/" + orgId)).path("description").asText())
                .as("not live yet").isEqualTo("Tenants helping tenants.");
        assertThat(mailbox.awaitMail(editor, 2).subject()).contains("waiting");

        JsonNode suggestions = Http.json(http.get("/directory/api/organizations/" + orgId + "/suggestions", editorAuth));
        assertThat(suggestions).hasSize(1);
        JsonNode field = suggestions.get(0).path("fields").get(0);
        assertThat(field.path("field").asText()).isEqualTo("description");
        assertThat(field.path("current").asText()).isEqualTo("Tenants helping tenants.");
        assertThat(field.path("proposed").asText()).isEqualTo("Tenants helping tenants since 1987.");

        HttpResponse<String> approved = http.postJson("/directory/api/suggestions/" + suggestions.get(0).path("id").asText()
                + "/approve", "", editorAuth);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(Http.json(http.get("/directory/api/hsds/organizations/" + orgId)).path("description").asText())
                .isEqualTo("Tenants helping tenants since 1987.");
        assertThat(http.postJson("/directory/api/suggestions/" + suggestions.get(0).path("id").asText() + "/approve", "",
                editorAuth).statusCode()).as("decided once").isEqualTo(409);
    }

    @Test
    void aResidentsReportReachesTheEditorsAndTheAreaAdminsByMail() throws Exception {
        String editor = anEditor();
        String areaAdmin = api.newResident("dir-report-admin");
        assertThat(http.sendJson("PUT", "/api/areas/" + ward + "/roles/" + DirectoryHsdsIT.userId(portal, areaAdmin)
                + "/area-admin", "", admin).statusCode()).isEqualTo(200);

        HttpResponse<String> report = http.postJson("/directory/api/services/" + serviceId + "/reports",
                "{\"reason\":\"closed\",\"details\":\"The hall has been locked for weeks.\"}");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(201);
        Mailbox.Mail mail = mailbox.awaitMail(editor, 2);
        assertThat(mail.subject()).contains("reported", "Tenancy advice evening");
        assertThat(mail.text()).contains("It has closed", "The hall has been locked for weeks.");
        assertThat(mailbox.awaitMail(areaAdmin, 1).subject()).contains("reported", "Tenancy advice evening");
        assertThat(http.postJson("/directory/api/services/" + serviceId + "/reports", "{\"reason\":\"gone\"}")
                .statusCode()).isEqualTo(400);
        JsonNode reports = Http.json(http.get("/directory/api/areas/" + ward + "/reports", admin));
        assertThat(reports).hasSize(1);
    }

    @Test
    void editorsAreRemindedOnceAfterSixMonthsAndAfterTwelveTheListingMayBeOutOfDate() throws Exception {
        String editor = anEditor();
        backdate(Duration.ofDays(7 * 31));

        HttpResponse<String> run = http.postJson("/directory/api/reminders/run", "", admin);
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        Mailbox.Mail reminder = mailbox.awaitMail(editor, 2);
        assertThat(reminder.subject()).contains("still right", "Keeping Tenants' Association");
        http.postJson("/directory/api/reminders/run", "", admin);
        Thread.sleep(2000);
        assertThat(mailbox.mailsTo(editor)).as("reminded once").hasSize(2);

        backdate(Duration.ofDays(13 * 31));
        String page = http.get("/directory/" + ward + "/service.xhtml?id=" + serviceId).body();
        assertThat(page).contains("id=\"out-of-date\"");

        assertThat(http.postJson("/directory/api/organizations/" + orgId + "/verify", "",
                bearer(api.token(editor, AdminApi.PASSWORD))).statusCode()).isEqualTo(200);
        assertThat(http.get("/directory/" + ward + "/service.xhtml?id=" + serviceId).body()).doesNotContain("id=\"out-of-date\"");
    }

    /** A member who claimed the organisation and was approved (their first mail is the approval). */
    private String anEditor() throws Exception {
        String email = api.newResident("dir-editor");
        String[] member = bearer(api.token(email, AdminApi.PASSWORD));
        HttpResponse<String> claim = http.postJson("/directory/api/organizations/" + orgId + "/claims", "{}", member);
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(201);
        String id = Http.json(claim).path("id").asText();
        assertThat(http.postJson("/directory/api/claims/" + id + "/approve", "", admin).statusCode()).isEqualTo(200);
        mailbox.awaitMail(email, 1);
        return email;
    }

    private void backdate(Duration age) throws Exception {
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(
                "update directory.organization set last_verified_at = now() - ? * interval '1 second', reminded_at = null"
                        + " where id = ?")) {
            s.setLong(1, age.toSeconds());
            s.setString(2, orgId);
            s.executeUpdate();
        }
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(
                "update directory.service set last_verified_at = now() - ? * interval '1 second' where organization_id = ?")) {
            s.setLong(1, age.toSeconds());
            s.setString(2, orgId);
            s.executeUpdate();
        }
    }

    private JsonNode awaitJson(String path, String[] auth) throws Exception {
        await(() -> http.get(path, auth).statusCode() == 200);
        return Http.json(http.get(path, auth));
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

package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 12 in headless Chromium: a resident goes from the area's home page to a budget proposal, its discussion in
 * the forum and the organisation behind it, and follows the organisation; axe-core clean, every page looked at
 * 1280 and 390 px wide.
 */
@ExtendWith(SharedPortal.class)
class LinksBrowserIT extends BrowserTest {

    private final RunningPortal portal;

    LinksBrowserIT(RunningPortal portal) {
        this.portal = portal;
    }

    @Test
    void aResidentFollowsAProposalToItsDiscussionAndItsOrganisation() throws Exception {
        BudgetWard ward = new BudgetWard(portal);
        ForumFixture forum = new ForumFixture(portal);
        forum.switchForum(ward.slug, true);
        String[] editor = ward.member("Gwyn Editor");
        String orgId = UUID.randomUUID().toString();
        HttpResponse<String> imported = ward.http.postJson("/directory/api/areas/" + ward.slug + "/import",
                "[{\"id\":\"" + orgId + "\",\"name\":\"Park Friends\",\"description\":\"We look after the park.\",\"website\":\"https://park.example\"}]", ward.admin);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(
                "insert into directory.editor (organization_id, user_id, added_at) select ?, id, now() from core.user_account where email = ?")) {
            s.setString(1, orgId);
            s.setString(2, editor[2]);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        long round = ward.round("{\"kind\":\"approval\"}", 5000);
        ward.moveTo(round, "proposals");
        HttpResponse<String> made = ward.http.postJson("/budget/api/rounds/" + round + "/proposals", Http.JSON.writeValueAsString(
                Map.of("title", "A new play area", "description", "Swings and a slide.", "cost", 3000, "organisation", orgId)),
                BudgetWard.auth(editor));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String topicId = Http.json(ward.http.get("/forum/api/areas/" + ward.slug + "/subjects/budget/"
                + Http.json(made).path("id").asLong())).path("topic").path("id").asText();
        forum.reply(topicId, forum.established("Nia"), "The slide should be a long one.", null);
        String[] resident = ward.resident("Rhian Resident");

        signIn("/?area=" + ward.slug, resident[2]);
        lookAt("/?area=" + ward.slug, "links-home");
        browser.findElement(By.cssSelector("#card-budget a[href*='round.xhtml']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("A new play area"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("discussion-latest")));
        assertThat(browser.findElement(By.id("discussion")).getText()).contains("The slide should be a long one.", "One reply.");
        assertThat(browser.findElement(By.id("proposal-organisation")).getText()).contains("Park Friends");
        lookAt(browser.getCurrentUrl(), "links-proposal");

        browser.findElement(By.id("discussion-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("subject-card")));
        assertThat(browser.findElement(By.id("subject-card")).getText()).contains("A new play area", "£3,000", "Proposals",
                "Park Friends");
        lookAt(browser.getCurrentUrl(), "links-topic");

        browser.findElement(By.id("subject-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("organisation-link"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("organization-proposals")));
        assertThat(browser.findElement(By.id("organization-proposals")).getText()).contains("A new play area");
        lookAt(browser.getCurrentUrl(), "links-organisation");

        browser.findElement(By.id("follow:toggle")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-messages"), "You now follow"));
        lookHere("links-followed");
        browser.findElement(By.id("following-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("following-title")));
        lookAt(browser.getCurrentUrl(), "links-following");
    }

    private void signIn(String page, String email) {
        browser.get(portal.url("/login.xhtml?next=" + java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8)));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(ThrowawayAccounts.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
    }
}

package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The budget's page forms for what the API already did: a manager sets a round's timetable and splits a
 * draft round into sub-area budgets on the round page (residents then see until when), and an author
 * changes their proposal while proposals are open. Bad input gets a message at its field.
 */
@ExtendWith(SharedPortal.class)
class BudgetFormsBrowserIT extends BrowserTest {

    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final RunningPortal portal;

    BudgetFormsBrowserIT(RunningPortal portal) {
        this.portal = portal;
    }

    @Test
    void aManagerSetsTheTimetableAndSplitsADraftRoundAndResidentsSeeUntilWhen() throws Exception {
        BudgetWard ward = new BudgetWard(portal);
        String north = subArea(ward, "north");
        String south = subArea(ward, "south");
        long round = ward.round("{\"kind\":\"approval\"}", 3000);
        String page = "/budget/" + ward.slug + "/round.xhtml?id=" + round;
        signIn(page, RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD);
        lookAt(portal.url(page), "budget-round-manage");
        assertThat(browser.findElement(By.id("timetable-voting")).getText()).isEqualTo("When the council moves the round on");

        LocalDateTime day = LocalDateTime.now(LONDON).plusDays(3).withHour(9).withMinute(0).withSecond(0).withNano(0);
        // Out of order, and one in the past: each said at its field, nothing saved.
        setDate("schedule:proposals", day);
        setDate("schedule:review", day.minusDays(1));
        setDate("schedule:voting", LocalDateTime.now(LONDON).minusDays(1));
        browser.findElement(By.id("schedule:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#schedule .os-error-message")));
        assertThat(browser.findElement(By.id("schedule")).getText()).contains("a time still to come");
        lookHere("budget-round-schedule-refused");
        assertThat(Http.json(ward.http.get("/budget/api/rounds/" + round, BudgetWard.auth(ward.admin)))
                .path("dates").path("proposals").isTextual()).as("nothing saved").isFalse();

        setDate("schedule:voting", day.plusDays(1));
        browser.findElement(By.id("schedule:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#schedule .os-error-message")));
        assertThat(browser.findElement(By.id("schedule")).getText()).contains("This must come after Proposals starts");

        setDate("schedule:review", day.plusHours(8));
        browser.findElement(By.id("schedule:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The timetable is saved"));
        assertThat(browser.findElement(By.id("timetable-review")).getText()).contains("at 17:00");
        JsonNode dates = Http.json(ward.http.get("/budget/api/rounds/" + round, BudgetWard.auth(ward.admin))).path("dates");
        assertThat(dates.path("proposals").isTextual()).as(dates.toString()).isTrue();
        assertThat(dates.path("results").isTextual()).as(dates.toString()).isFalse();

        // The split: a budget that is not a number is said at its sub-area; then one round per sub-area.
        browser.findElement(By.id("split:areas:0:budget")).sendKeys("lots");
        browser.findElement(By.id("split:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#split .os-error-message")));
        assertThat(browser.findElement(By.id("split")).getText()).contains("whole number of pounds");
        WebElement first = browser.findElement(By.id("split:areas:0:budget"));
        first.clear();
        first.sendKeys("2000");
        browser.findElement(By.id("split:areas:1:budget")).sendKeys("1000");
        browser.findElement(By.id("split:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "split into 2 rounds"));
        assertThat(browser.findElement(By.id("parts")).getText()).contains("£2,000", "£1,000");
        assertThat(browser.findElements(By.id("split"))).as("not offered twice").isEmpty();
        lookHere("budget-round-split");
        for (String sub : List.of(north, south)) {
            assertThat(Http.json(ward.http.get("/budget/api/areas/" + sub + "/rounds", BudgetWard.auth(ward.admin)))
                    .path("rounds")).hasSize(1);
        }

        // A resident sees the phase and until when once proposals are open.
        ward.moveTo(round, "proposals");
        browser.manage().deleteAllCookies();
        browser.get(portal.url(page));
        assertThat(browser.findElement(By.id("round-now")).getText()).contains("Until", "at 17:00");
        assertThat(browser.findElements(By.id("schedule:submit"))).isEmpty();
    }

    @Test
    void anAuthorChangesTheirProposalOnAPhoneWhileProposalsAreOpen() throws Exception {
        BudgetWard ward = new BudgetWard(portal);
        String[] author = ward.resident("Avery Author");
        long round = ward.round("{\"kind\":\"approval\"}", 5000);
        ward.moveTo(round, "proposals");
        long bench = ward.propose(round, author, "A bench", 400);

        browser.manage().window().setSize(new Dimension(PHONE, 844));
        String page = "/budget/" + ward.slug + "/proposal.xhtml?id=" + bench;
        signIn(page, author[2], ThrowawayAccounts.PASSWORD);
        assertThat(browser.findElement(By.id("edit:title")).getAttribute("value")).isEqualTo("A bench");
        assertThat(browser.findElement(By.id("edit:description")).getAttribute("value")).isEqualTo("**A bench** for everyone");
        lookAt(portal.url(page), "budget-proposal-edit");

        WebElement cost = browser.findElement(By.id("edit:cost"));
        cost.clear();
        cost.sendKeys("9000");
        browser.findElement(By.id("edit:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#edit .os-error-message")));
        assertThat(browser.findElement(By.id("edit")).getText()).contains("at most the budget of £5,000");
        lookHere("budget-proposal-edit-refused");

        WebElement title = browser.findElement(By.id("edit:title"));
        title.clear();
        title.sendKeys("Two benches by the pond");
        cost = browser.findElement(By.id("edit:cost"));
        cost.clear();
        cost.sendKeys("750");
        browser.findElement(By.id("edit:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Your changes are saved"));
        assertThat(browser.findElement(By.id("proposal-title")).getText()).isEqualTo("Two benches by the pond");
        JsonNode listed = Http.json(ward.http.get("/budget/api/rounds/" + round + "/proposals")).path("proposals").get(0);
        assertThat(listed.path("title").asText()).isEqualTo("Two benches by the pond");
        assertThat(listed.path("cost").asLong()).isEqualTo(750);

        // Once review starts the form is gone (the API refuses as well).
        ward.moveTo(round, "review");
        browser.get(portal.url(page));
        assertThat(browser.findElements(By.id("edit"))).isEmpty();
    }

    private String subArea(BudgetWard ward, String name) throws Exception {
        String slug = ward.slug + "-" + name;
        HttpResponse<String> made = ward.http.postJson("/api/areas", "{\"slug\":\"" + slug + "\",\"name\":\"" + name
                + " end\",\"type\":\"neighbourhood\",\"parent\":\"" + ward.slug + "\"}", ward.admin);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (ward.http.get("/budget/api/areas/" + slug + "/rounds").statusCode() != 200) {
            assertThat(System.nanoTime()).as("the budget sees " + slug).isLessThan(deadline);
            Thread.sleep(200);
        }
        return slug;
    }

    /** A datetime-local field takes its value as the browser's own picker would set it. */
    private void setDate(String id, LocalDateTime at) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)),
                FIELD.format(at));
    }

    private void signIn(String page, String email, String password) {
        browser.get(portal.url("/login.xhtml?next=" + java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8)));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
        browser.get(portal.url(page));
    }
}

package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The budget's pages in headless Chromium under the Content-Security-Policy: a manager moves a round
 * through its phases, a resident votes on a knapsack ballot on a phone-sized screen, and a manager
 * imports a finished round from a Pabulib file on the import page.
 */
@ExtendWith(SharedPortal.class)
class BudgetBrowserIT extends BrowserTest {

    private final RunningPortal portal;

    BudgetBrowserIT(RunningPortal portal) {
        this.portal = portal;
    }

    @Test
    void aManagerMovesARoundThroughItsPhasesOnTheRoundPage() throws Exception {
        BudgetWard ward = new BudgetWard(portal);
        long round = ward.round("{\"kind\":\"approval\"}", 2000);
        String page = "/budget/" + ward.slug + "/round.xhtml?id=" + round;
        signIn(page, RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD);
        assertThat(browser.findElement(By.id("round-phase")).getText()).isEqualTo("Draft");

        browser.findElement(By.id("phase:advance")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("round-phase"), "Proposals"));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("The round is now in Proposals");

        String[] author = ward.resident("Author");
        long park = ward.propose(round, author, "Pocket park", 800);
        browser.findElement(By.id("phase:advance")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("round-phase"), "Review"));

        // Voting cannot start before a proposal is on the ballot: the page says why and stays in review.
        browser.findElement(By.id("phase:advance")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "nothing to vote on"));
        assertThat(browser.findElement(By.id("round-phase")).getText()).isEqualTo("Review");

        ward.feasible(park);
        browser.get(portal.url(page));
        browser.findElement(By.id("phase:advance")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("round-phase"), "Voting"));
        assertThat(browser.findElement(By.id("proposals")).getText()).contains("Pocket park", "£800", "On the ballot");
        assertThat(Http.json(ward.http.get("/budget/api/rounds/" + round)).path("phase").asText()).isEqualTo("voting");
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void aResidentVotesOnAKnapsackBallotOnAPhone() throws Exception {
        BudgetWard ward = new BudgetWard(portal);
        String[] author = ward.resident("Author");
        long round = ward.round("{\"kind\":\"knapsack\"}", 1000);
        ward.moveTo(round, "proposals");
        long benches = ward.propose(round, author, "Benches", 600);
        long trees = ward.propose(round, author, "Trees", 500);
        long mural = ward.propose(round, author, "Mural", 300);
        ward.moveTo(round, "review");
        ward.feasible(benches, trees, mural);
        ward.moveTo(round, "voting");
        String[] voter = ward.resident("Vera Voter");

        browser.manage().window().setSize(new Dimension(390, 844));
        String page = "/budget/" + ward.slug + "/vote.xhtml?id=" + round;
        signIn(page, voter[2], ThrowawayAccounts.PASSWORD);
        assertThat(browser.findElement(By.id("ballot-instructions")).getText()).contains("£1,000");
        assertThat(browser.findElement(By.cssSelector("label[for='project-" + benches + "']")).getText())
                .contains("Benches", "£600");

        browser.findElement(By.cssSelector("label[for='project-" + benches + "']")).click();
        browser.findElement(By.cssSelector("label[for='project-" + trees + "']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total-text"), "more than the budget"));
        assertThat(browser.findElement(By.id("total-text")).getText()).contains("£1,100");
        browser.findElement(By.id("continue")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ballot-problem")));
        assertThat(browser.findElement(By.id("ballot-problem")).getText()).contains("more than the budget of £1,000");

        browser.findElement(By.cssSelector("label[for='project-" + trees + "']")).click();
        browser.findElement(By.cssSelector("label[for='project-" + mural + "']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total-text"), "£900 of £1,000"));
        browser.findElement(By.id("continue")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ballot-review")));
        assertThat(browser.findElement(By.id("ballot-review")).getText()).contains("Benches", "Mural")
                .doesNotContain("Trees");
        long width = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
        assertThat(width).as("nothing wider than the phone").isLessThanOrEqualTo(390);

        browser.findElement(By.id("confirm-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt")));
        String receipt = browser.findElement(By.id("receipt")).getText();
        JsonNode mine = Http.json(ward.http.get("/budget/api/rounds/" + round + "/ballot", BudgetWard.auth(voter)));
        assertThat(mine.path("receipt").asText()).isEqualTo(receipt);
        assertThat(mine.path("projects").toString()).isEqualTo("[" + benches + "," + mural + "]");
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void aManagerImportsAFinishedRoundOnTheImportPageAndSeesEveryProblemByLine() throws Exception {
        BudgetWard ward = new BudgetWard(portal);
        String page = "/budget/" + ward.slug + "/import.xhtml";
        signIn(page, RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD);
        lookAt(portal.url(page), "budget-import");

        java.nio.file.Path broken = java.nio.file.Files.createTempFile("broken", ".pb");
        java.nio.file.Files.writeString(broken, "META\nkey;value\nbudget;100\nPROJECTS\nproject_id\n1\n");
        browser.findElement(By.id("import-file")).sendKeys(broken.toString());
        browser.findElement(By.id("import-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-refused")));
        assertThat(browser.findElement(By.id("import-refused")).getText()).contains("Line 1: META has no vote_type");
        lookHere("budget-import-refused");
        assertThat(Http.json(ward.http.get("/budget/api/areas/" + ward.slug + "/rounds")).path("rounds"))
                .as("nothing half-saved").isEmpty();

        java.nio.file.Path gdynia = java.nio.file.Path.of("..", "..", "module-budget", "budget-engine", "src", "test",
                "resources", "pabulib", "Poland_Gdynia_2024_Redlowo__large.pb").toAbsolutePath().normalize();
        browser.findElement(By.id("import-file")).sendKeys(gdynia.toString());
        browser.findElement(By.id("import-title")).sendKeys("Redłowo 2024");
        browser.findElement(By.id("import-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-done")));
        lookHere("budget-import-done");
        browser.findElement(By.cssSelector("#import-done a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results-table")));
        assertThat(browser.getTitle()).contains("Redłowo 2024");
        JsonNode rounds = Http.json(ward.http.get("/budget/api/areas/" + ward.slug + "/rounds")).path("rounds");
        assertThat(rounds).hasSize(1);
        assertThat(rounds.get(0).path("phase").asText()).isEqualTo("results");
        assertThat(cspViolations()).isEmpty();
    }

    private void signIn(String page, String email, String password) {
        browser.get(portal.url("/login.xhtml?next=" + java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8)));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
        browser.get(portal.url(page));
    }

    private List<String> cspViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
    }
}

package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The residence pages in headless Chromium, under the Content-Security-Policy: claiming, deciding, printing codes. */
@ExtendWith(SharedPortal.class)
class ResidenceBrowserIT extends BrowserTest {

    private final RunningPortal portal;

    ResidenceBrowserIT(RunningPortal portal) {
        this.portal = portal;
    }

    @Test
    void aResidentClaimsTheirWardByPostcodeAfterATypo() throws Exception {
        String email = ThrowawayAccounts.create(portal, "Rita Browser");
        signIn("/account/residence.xhtml", email, ThrowawayAccounts.PASSWORD);
        assertThat(browser.findElement(By.cssSelector("label[for='claim:postcode']")).getText()).contains("Postcode");

        new Select(browser.findElement(By.id("claim:area"))).selectByValue("riverside");
        browser.findElement(By.id("claim:postcode")).sendKeys("banana");
        browser.findElement(By.id("claim:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("claim:postcodeMessage"), "UK postcode"));
        assertThat(browser.findElements(By.id("claims"))).as("nothing saved").isEmpty();

        new Select(browser.findElement(By.id("claim:area"))).selectByValue("riverside");
        WebElement postcode = browser.findElement(By.id("claim:postcode"));
        postcode.clear();
        postcode.sendKeys("dm1 1aa");
        browser.findElement(By.id("claim:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "verified resident of Riverside"));
        assertThat(browser.findElement(By.id("claims")).getText()).contains("Riverside", "DM1 1AA", "verified");
        assertThat(browser.findElement(By.id("residence-resident-of")).getText()).contains("Demo Borough", "Riverside");
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void anAdminVerifiesAWaitingClaimAndPrintsASheetOfCodes() throws Exception {
        Http http = new Http(portal);
        String email = ThrowawayAccounts.create(portal, "Walter Waiting");
        String token = http.signIn(email, ThrowawayAccounts.PASSWORD).path("token").asText();
        http.postJson("/api/me/residence", Http.JSON.writeValueAsString(Map.of("area", "hillcrest", "postcode", "ZZ9 9ZZ")),
                "Authorization", "Bearer " + token);

        signIn("/manage/residence.xhtml?area=hillcrest", RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD);
        WebElement row = browser.findElements(By.cssSelector("#pending\\:claims tbody tr")).stream()
                .filter(r -> r.getText().contains(email)).findFirst().orElseThrow();
        row.findElement(By.cssSelector("button[id$=':verify']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The claim is verified."));
        assertThat(browser.findElement(By.id("main")).getText()).doesNotContain(email);

        WebElement count = browser.findElement(By.id("codes:count"));
        count.clear();
        count.sendKeys("3");
        browser.findElement(By.id("codes:issue")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sheet")));
        List<WebElement> slips = browser.findElements(By.cssSelector("#sheet .residence-slip"));
        assertThat(slips).hasSize(3);
        assertThat(slips.get(0).getText()).contains("Voting code for Hillcrest", "/code", "Valid until");
        assertThat(slips.get(0).findElement(By.cssSelector(".residence-slip-code")).getText())
                .matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");
        assertThat(browser.findElement(By.id("print-sheet")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("sheetActions:csv")).isDisplayed()).isTrue();
        assertThat(cspViolations()).isEmpty();
    }

    private void signIn(String page, String email, String password) {
        browser.get(portal.url(page));
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlToBe(portal.url(page)));
    }

    private List<String> cspViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
    }
}

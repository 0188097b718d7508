package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** An area admin manages roles and module switches of their area on /manage/areas.xhtml, by keyboard, under the CSP. */
@ExtendWith(SharedPortal.class)
class ManageAreasBrowserIT extends BrowserTest {

    private final RunningPortal portal;
    private final AdminApi api;
    private final Http http;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String ward = "manage-" + run;
    private final String child = "manage-child-" + run;
    private final String neighbour = "manage-nb-" + run;

    ManageAreasBrowserIT(RunningPortal portal) {
        this.portal = portal;
        this.api = new AdminApi(portal);
        this.http = new Http(portal);
    }

    @BeforeEach
    void areas() throws Exception {
        String[] admin = {"Authorization", "Bearer " + api.token(RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD)};
        create(ward, "Manage Ward", "demo-borough", admin);
        create(child, "Manage Child", ward, admin);
        create(neighbour, "Manage Neighbour", "demo-borough", admin);

    }

    @Test
    void anAreaAdminAppointsAModeratorSwitchesAModuleBelowAndCannotAppointPeers() throws Exception {
        String areaAdmin = api.newResident("page-admin");
        String moderator = api.newResident("page-moderator");
        String[] admin = {"Authorization", "Bearer " + api.token(RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD)};
        HttpResponse<String> granted = http.sendJson("PUT", "/api/areas/" + ward + "/roles/" + userId(areaAdmin)
                + "/area-admin", "", admin);
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);

        signIn(areaAdmin);
        browser.findElement(By.id("portal-manage")).click();
        wait.until(ExpectedConditions.urlContains("/manage/areas.xhtml"));
        Select areas = new Select(browser.findElement(By.id("manage:area")));
        assertThat(areas.getOptions()).extracting(o -> o.getAttribute("textContent"))
                .as("their ward and what lies below, nothing else").containsExactly("Manage Ward", "\u2003Manage Child");
        assertThat(browser.findElement(By.cssSelector("label[for='manage:area']")).getText()).contains("Area");

        WebElement email = browser.findElement(By.id("manage:email"));
        email.sendKeys(moderator);
        new Select(browser.findElement(By.id("manage:role"))).selectByVisibleText("Moderator");
        browser.findElement(By.id("manage:grant")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("manage:messages"), "is now Moderator here"));
        assertThat(browser.findElement(By.id("manage:holders")).getText()).contains(moderator, "Moderator");

        browser.findElement(By.id("manage:email")).sendKeys(moderator);
        new Select(browser.findElement(By.id("manage:role"))).selectByVisibleText("Area admin");
        browser.findElement(By.id("manage:grant")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("manage:messages"),
                "You may not do that in this area."));

        browser.findElement(By.id("manage:email")).sendKeys("nobody-" + run + "@example.org");
        browser.findElement(By.id("manage:grant")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("manage"), "No account has this email address."));

        // One row per module for the chosen area, with its state and one control.
        new Select(browser.findElement(By.id("manage:area"))).selectByValue(child);
        browser.findElement(By.id("manage:show")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("modules-heading"), "Manage Child"));
        Select forum = new Select(browser.findElement(By.cssSelector("select[data-module='forum']")));
        assertThat(forum.getFirstSelectedOption().getText()).isEqualTo("Same as Manage Ward (on now)");
        assertThat(browser.findElement(By.cssSelector("label[for='" + browser.findElement(By.cssSelector("select[data-module='forum']"))
                .getAttribute("id") + "']")).getAttribute("textContent")).contains("Switch for Forum in Manage Child");
        forum.selectByValue("off");
        browser.findElement(By.id("manage:saveSwitches")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("manage:messages"), "The switch is saved"));
        assertThat(http.get("/api/areas/" + child + "/modules").body()).doesNotContain("\"id\":\"forum\"");
        assertThat(browser.findElement(By.id("switches")).getText()).contains("Off (own switch)");
        assertThat(browser.findElement(By.id("switches")).getText()).contains("running");
        assertThat(browser.findElements(By.cssSelector("#switches tbody tr"))).as("one row per module").hasSize(3);
        lookHere("manage-areas");

        new Select(browser.findElement(By.id("manage:area"))).selectByValue(ward);
        browser.findElement(By.id("manage:show")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("modules-heading"), "Manage Ward"));

        browser.findElement(By.cssSelector("button[aria-label='Revoke: Moderator, " + moderator + "']")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("manage:messages"), "is no longer Moderator"));
        assertThat(browser.findElement(By.id("manage:holders")).getText()).doesNotContain(moderator);
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void someoneWhoManagesNothingIsToldSo() throws Exception {
        signIn(api.newResident("page-stranger"));
        assertThat(browser.findElements(By.id("portal-manage"))).isEmpty();

        browser.get(portal.url("/manage/areas.xhtml"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nothing")));
        assertThat(browser.findElements(By.id("manage:area"))).isEmpty();
    }

    private void signIn(String email) {
        browser.get(portal.url("/login.xhtml"));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(AdminApi.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("portal-user-name")));
    }

    private void create(String slug, String name, String parent, String[] admin) throws Exception {
        HttpResponse<String> created = http.postJson("/api/areas", "{\"slug\":\"" + slug + "\",\"name\":\"" + name
                + "\",\"type\":\"ward\",\"parent\":\"" + parent + "\"}", admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private String userId(String email) throws Exception {
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(
                "select id from core.user_account where email = ?")) {
            s.setString(1, email);
            try (ResultSet row = s.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private List<String> cspViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
    }
}

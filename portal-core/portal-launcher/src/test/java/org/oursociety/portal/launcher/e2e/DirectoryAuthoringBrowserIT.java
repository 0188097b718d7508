package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * New listings from the pages, in headless Chromium at phone width: an area admin adds an organisation
 * (meeting the form's field messages first), then a service with its opening hours ticked and typed, and
 * changes the hours later; the search page's map at both widths. axe-core runs on every page.
 */
@ExtendWith(SharedPortal.class)
class DirectoryAuthoringBrowserIT extends BrowserTest {

    private final RunningPortal portal;

    DirectoryAuthoringBrowserIT(RunningPortal portal) {
        this.portal = portal;
    }

    @Test
    void anAreaAdminAddsAnOrganisationAndAServiceWithItsOpeningTimesOnAPhone() throws Exception {
        Http http = new Http(portal);
        String[] admin = {"Authorization", "Bearer " + new AdminApi(portal).token(RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD)};
        String ward = "dir-new-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.postJson("/api/areas", "{\"slug\":\"" + ward + "\",\"name\":\"Newfield Ward\",\"type\":\"ward\","
                + "\"parent\":\"demo-borough\"}", admin).statusCode()).isEqualTo(201);
        Await.until(() -> http.get("/directory/" + ward + "/").statusCode() == 200);

        atWidth(PHONE);
        String area = "/directory/" + ward + "/";
        browser.get(portal.url("/login.xhtml?next=" + URLEncoder.encode(area, StandardCharsets.UTF_8)));
        browser.findElement(By.id("login:email")).sendKeys(RunningPortal.ADMIN_EMAIL);
        browser.findElement(By.id("login:password")).sendKeys(RunningPortal.ADMIN_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("add-organization")));
        browser.findElement(By.id("add-organization")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new:save")));
        browser.findElement(By.id("new:save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
        assertThat(browser.findElement(By.id("form-errors")).getText()).contains("cannot be empty");
        lookHere("directory-new-organization-errors");

        List<WebElement> fields = browser.findElements(By.cssSelector("#new .os-input, #new .os-textarea"));
        fields.get(0).sendKeys("Newfield Allotment Society");
        fields.get(1).sendKeys("Plots, seeds and advice for new growers.");
        browser.findElement(By.id("new:save")).click();
        wait.until(ExpectedConditions.urlContains("organization.xhtml?id="));
        assertThat(browser.getCurrentUrl()).contains("/directory/" + ward + "/");
        assertThat(browser.getPageSource()).contains("Newfield Allotment Society");

        browser.findElement(By.id("add-service")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hours-title")));
        fields = browser.findElements(By.cssSelector("#new .os-form-group > .os-input, #new .os-form-group > .os-textarea"));
        fields.get(0).sendKeys("Seed swap");
        fields.get(1).sendKeys("Bring seeds, take seeds.");
        List<WebElement> days = browser.findElements(By.cssSelector("#new input[type=checkbox]"));
        days.get(0).click(); // line 1: Monday
        days.get(3).click(); // line 1: Thursday
        List<WebElement> opens = browser.findElements(By.cssSelector("#new input[id$=':opens']"));
        List<WebElement> closes = browser.findElements(By.cssSelector("#new input[id$=':closes']"));
        opens.get(0).sendKeys("10:00");
        closes.get(0).sendKeys("9:00");
        browser.findElement(By.id("new:save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
        assertThat(browser.findElement(By.id("form-errors")).getText()).contains("after the opening time");
        lookHere("directory-new-service-errors");

        closes = browser.findElements(By.cssSelector("#new input[id$=':closes']"));
        closes.get(0).clear();
        closes.get(0).sendKeys("16:00");
        browser.findElement(By.id("new:save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("opening-times")));
        assertThat(browser.findElement(By.id("opening-times")).getText()).contains("Mondays and Thursdays, 10:00");
        String service = browser.getCurrentUrl().replaceAll(".*[?&]id=", "");

        browser.findElement(By.id("change-hours")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hours-page-title")));
        days = browser.findElements(By.cssSelector("#hours input[type=checkbox]"));
        assertThat(days.get(0).isSelected()).isTrue();
        days.get(3).click(); // no longer Thursdays
        days.get(5).click(); // but Saturdays
        browser.findElement(By.id("hours:save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("opening-times")));
        assertThat(browser.findElement(By.id("opening-times")).getText()).contains("Mondays and Saturdays, 10:00");
        assertThat(Http.json(http.get("/directory/api/hsds/services/" + service)).path("schedules").get(0)
                .path("byday").asText()).isEqualTo("MO,SA");

        lookAt(portal.url("/directory/" + ward + "/new.xhtml?type=service&organization="
                + Http.json(http.get("/directory/api/hsds/services/" + service)).path("organization").path("id").asText()),
                "directory-new-service");
        lookAt(portal.url("/directory/" + ward + "/hours.xhtml?id=" + service), "directory-hours");
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void theSearchResultsHaveAMapBesideTheListAtBothWidths() {
        lookAt(portal.url("/directory/riverside/?postcode=DM1+3AB&miles=5"), "directory-map");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#directory-map.leaflet-container")));
        WebElement map = browser.findElement(By.id("directory-map"));
        assertThat(map.isDisplayed()).isTrue();
        assertThat(map.getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(browser.findElements(By.cssSelector("#directory-map path.leaflet-interactive"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#results .directory-result"))).isNotEmpty();
        assertThat(cspViolations()).isEmpty();
    }

    private List<String> cspViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
    }
}

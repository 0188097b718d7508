package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The directory in headless Chromium: a resident on a phone finds a service near a postcode; an editor updates a listing. */
@ExtendWith(SharedPortal.class)
class DirectoryBrowserIT extends BrowserTest {

    private final RunningPortal portal;

    DirectoryBrowserIT(RunningPortal portal) {
        this.portal = portal;
    }

    @Test
    void aResidentOnAPhoneFindsTheNearestServiceToTheirPostcodeAndReadsWhenItIsOpen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(portal.url("/directory/riverside/"));

        browser.findElement(By.id("postcode")).sendKeys("DM1 3AB");
        new Select(browser.findElement(By.id("miles"))).selectByValue("1");
        browser.findElement(By.id("search-submit")).click();
        wait.until(ExpectedConditions.urlContains("postcode="));

        List<WebElement> results = browser.findElements(By.cssSelector("#results .directory-result"));
        assertThat(results).isNotEmpty();
        WebElement nearest = results.get(0);
        assertThat(nearest.getText()).contains("away").containsAnyOf("Emergency food parcels", "Cooking on a budget");
        assertThat(nearest.getRect().getWidth()).as("fits a phone").isLessThanOrEqualTo(390);

        nearest.findElement(By.cssSelector("h3 a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("opening-times")));
        assertThat(browser.findElement(By.id("opening-times")).getText()).containsAnyOf("Mondays and Thursdays, 10:00", "Wednesdays, 18:00");
        assertThat(browser.findElement(By.id("last-checked")).getText()).matches(".*\\d{1,2} [A-Z][a-z]+ \\d{4}.*");
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void anEditorUpdatesTheirListingAndSeesItLiveAtOnce() throws Exception {
        Http http = new Http(portal);
        String[] admin = {"Authorization", "Bearer " + new AdminApi(portal).token(RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD)};
        String ward = "dir-browser-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.postJson("/api/areas", "{\"slug\":\"" + ward + "\",\"name\":\"Browser Ward\",\"type\":\"ward\","
                + "\"parent\":\"demo-borough\"}", admin).statusCode()).isEqualTo(201);
        String org = UUID.randomUUID().toString();
        String service = UUID.randomUUID().toString();
        String body = "{\"id\":\"" + org + "\",\"name\":\"Browser Bowls Club\",\"description\":\"Bowls on the green.\","
                + "\"services\":[{\"id\":\"" + service + "\",\"name\":\"Bowls taster sessions\",\"description\":\"Try bowls.\","
                + "\"status\":\"active\"}]}";
        awaitStatus(() -> http.postJson("/directory/api/areas/" + ward + "/import", body, admin), 200);
        String editor = new AdminApi(portal).newResident("dir-browser-editor");
        String[] member = {"Authorization", "Bearer " + new AdminApi(portal).token(editor, AdminApi.PASSWORD)};
        HttpResponse<String> claim = http.postJson("/directory/api/organizations/" + org + "/claims", "{}", member);
        assertThat(http.postJson("/directory/api/claims/" + Http.json(claim).path("id").asText() + "/approve", "", admin)
                .statusCode()).isEqualTo(200);

        String page = "/directory/" + ward + "/service.xhtml?id=" + service;
        browser.get(portal.url("/login.xhtml?next=" + URLEncoder.encode(page, StandardCharsets.UTF_8)));
        browser.findElement(By.id("login:email")).sendKeys(editor);
        browser.findElement(By.id("login:password")).sendKeys(AdminApi.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("edit-service")));
        browser.findElement(By.id("edit-service")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("edit:name")));
        assertThat(browser.findElement(By.cssSelector("label[for='edit:name']")).getText()).isEqualTo("Name");
        WebElement name = browser.findElement(By.id("edit:name"));
        name.clear();
        browser.findElement(By.id("edit:minimum_age")).sendKeys("ten");
        browser.findElement(By.id("edit:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("edit"), "cannot be empty"));
        assertThat(browser.findElement(By.id("edit")).getText()).contains("number of years");

        name = browser.findElement(By.id("edit:name"));
        name.clear();
        name.sendKeys("Bowls taster evenings");
        WebElement age = browser.findElement(By.id("edit:minimum_age"));
        age.clear();
        age.sendKeys("16");
        browser.findElement(By.id("edit:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("edit-messages"), "shows your changes now"));

        browser.findElement(By.id("back")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("service-name"), "Bowls taster evenings"));
        assertThat(browser.findElement(By.id("service-facts")).getText()).contains("Ages 16 and over");
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void theDirectorysPagesReadWellOnAPhoneAndADesktop() throws Exception {
        String service = Http.json(new Http(portal).get("/directory/api/hsds/services?area=riverside&search=food%20parcels"))
                .path("contents").get(0).path("id").asText();
        String organization = Http.json(new Http(portal).get("/directory/api/hsds/services/" + service))
                .path("organization").path("id").asText();

        lookAt(portal.url("/directory/riverside/?q=food&postcode=DM1+3AB&miles=2"), "directory-search");
        lookAt(portal.url("/directory/riverside/?postcode=ZZ9+9ZZ"), "directory-search-error");
        lookAt(portal.url("/directory/riverside/service.xhtml?id=" + service), "directory-service");
        lookAt(portal.url("/directory/riverside/organization.xhtml?id=" + organization), "directory-organization");
    }

    @Test
    void whenEverySearchTurnIsTakenTooLongAResidentIsAskedToSearchAgainAndTheApiSays503() throws Exception {
        Http http = new Http(portal);
        ExecutorService residents = Executors.newFixedThreadPool(2);
        try (Connection db = portal.database(); Connection watcher = portal.database()) {
            db.setAutoCommit(false);
            try (Statement lock = db.createStatement()) { // the two searches that have a turn wait for the table
                lock.execute("lock table directory.service in access exclusive mode");
            }
            List<Future<HttpResponse<String>>> held = new ArrayList<>();
            for (String word : new String[]{"food", "advice"}) {
                held.add(residents.submit(() -> http.get("/directory/api/hsds/services?area=riverside&search=" + word)));
            }
            awaitWaitingForTheTable(watcher, 2);

            HttpResponse<String> busy = http.get("/directory/api/hsds/services?area=riverside&search=garden");
            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(busy.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(busy.headers().firstValue("Retry-After")).contains("5");
            assertThat(Http.json(busy).path("detail").asText())
                    .isEqualTo("Many people are searching the directory just now. Search again in a moment.");

            lookAt(portal.url("/directory/riverside/?q=parcels"), "directory-search-busy");
            WebElement summary = browser.findElement(By.cssSelector(".os-error-summary"));
            assertThat(summary.getText()).contains("Many people are searching the directory just now");
            assertThat(summary.findElement(By.cssSelector("a")).getAttribute("href")).endsWith("#search-submit");
            assertThat(browser.findElement(By.id("q")).getAttribute("value")).as("the search is kept to send again")
                    .isEqualTo("parcels");
            assertThat(browser.findElements(By.id("results-count"))).as("not \"Nothing found\": nothing was searched")
                    .isEmpty();

            db.rollback(); // the table is free: the waiting searches finish, and a new one has its turn
            for (Future<HttpResponse<String>> search : held) {
                assertThat(search.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
            assertThat(http.get("/directory/api/hsds/services?area=riverside&search=garden").statusCode()).isEqualTo(200);
        } finally {
            residents.shutdownNow();
        }
    }

    private static void awaitWaitingForTheTable(Connection watcher, int searches) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (true) {
            try (Statement s = watcher.createStatement(); ResultSet row = s.executeQuery("select count(*) from pg_stat_activity"
                    + " where wait_event_type = 'Lock' and query like '%directory.service%'")) {
                row.next();
                if (row.getInt(1) == searches) {
                    return;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the searches never reached the locked table");
            }
            Thread.sleep(100);
        }
    }

    private List<String> cspViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
    }

    private interface Call {
        HttpResponse<String> call() throws Exception;
    }

    private static void awaitStatus(Call call, int status) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        HttpResponse<String> last = call.call();
        while (last.statusCode() != status) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(last.statusCode() + " " + last.body());
            }
            Thread.sleep(200);
            last = call.call();
        }
    }
}

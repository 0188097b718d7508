package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The import page in headless Chromium: an area admin uploads an HSDS file from the browser, follows the job
 * on the page as it reloads itself (no script needed), and reads every problem by record and field; a file
 * that is not HSDS ends the job with a clear message, not an error page.
 */
@ExtendWith(SharedPortal.class)
class DirectoryImportBrowserIT extends BrowserTest {

    private final RunningPortal portal;

    DirectoryImportBrowserIT(RunningPortal portal) {
        this.portal = portal;
    }

    @Test
    void anAreaAdminUploadsAnHsdsFileAndFollowsItsProgressAndProblemsOnThePage() throws Exception {
        String ward = newWard();
        String page = "/directory/" + ward + "/import.xhtml";
        signIn(page);
        lookAt(portal.url(page), "directory-import");
        assertThat(browser.findElement(By.id("postcodes-form")).isDisplayed()).as("platform admins load postcodes too").isTrue();

        String good = UUID.randomUUID().toString();
        String bad = UUID.randomUUID().toString(); // an organisation whose service has no name: left out whole
        Path file = Files.createTempFile("listings", ".json");
        Files.writeString(file, "[{\"id\":\"" + good + "\",\"name\":\"Upload Allotment Society\",\"description\":\"Plots to share.\","
                + "\"services\":[{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"Allotment taster days\",\"status\":\"active\"}]},"
                + "{\"id\":\"" + bad + "\",\"name\":\"Upload Choir\",\"description\":\"We sing.\","
                + "\"services\":[{\"id\":\"" + UUID.randomUUID() + "\",\"status\":\"active\"}]}]");
        browser.findElement(By.id("hsds-file")).sendKeys(file.toString());
        browser.findElement(By.id("hsds-upload")).click();

        wait.until(ExpectedConditions.urlContains("job="));
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-state"), "Finished"));
        assertThat(browser.findElement(By.id("import-progress")).getAttribute("value")).isEqualTo("100");
        assertThat(browser.findElement(By.id("import-counts")).getText()).contains("2 of 2 records done");
        assertThat(browser.findElement(By.id("import-results")).getText()).contains("1 with problems");
        assertThat(browser.findElement(By.id("import-problems")).getText()).contains(bad).contains("services[0].name")
                .contains("is required");
        lookHere("directory-import-done");

        String published = new Http(portal).get("/directory/api/hsds/organizations?area=" + ward).body();
        assertThat(published).contains("Upload Allotment Society");
        Files.delete(file);
    }

    @Test
    void aFileThatIsNotHsdsEndsTheJobWithAMessageNotAnErrorPage() throws Exception {
        String ward = newWard();
        String page = "/directory/" + ward + "/import.xhtml";
        signIn(page);
        Path file = Files.createTempFile("not-hsds", ".json");
        Files.writeString(file, "this is a shopping list, not JSON");
        browser.findElement(By.id("hsds-file")).sendKeys(file.toString());
        browser.findElement(By.id("hsds-upload")).click();

        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-state"), "Stopped"));
        assertThat(browser.findElement(By.id("import-failure")).getText()).contains("not JSON");
        lookHere("directory-import-failed");

        browser.get(portal.url(page + "?job=" + UUID.randomUUID()));
        assertThat(browser.findElement(By.id("import-missing")).getText()).contains("not known");
        Files.delete(file);
    }

    @Test
    void aResidentCannotOpenTheImportPage() throws Exception {
        String resident = new AdminApi(portal).newResident("dir-import-resident");
        String page = "/directory/riverside/import.xhtml";
        browser.get(portal.url("/login.xhtml?next=" + URLEncoder.encode(page, StandardCharsets.UTF_8)));
        browser.findElement(By.id("login:email")).sendKeys(resident);
        browser.findElement(By.id("login:password")).sendKeys(AdminApi.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
        assertThat(browser.findElements(By.id("hsds-form"))).isEmpty();
        assertThat(new Http(portal).get(page).statusCode()).as("not signed in: sent to sign in").isIn(302, 303);
    }

    private String newWard() throws Exception {
        String[] admin = {"Authorization", "Bearer " + new AdminApi(portal).token(RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD)};
        String ward = "dir-import-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(new Http(portal).postJson("/api/areas", "{\"slug\":\"" + ward + "\",\"name\":\"Import Ward\",\"type\":\"ward\","
                + "\"parent\":\"demo-borough\"}", admin).statusCode()).isEqualTo(201);
        Thread.sleep(2500); // a new area reaches every WAR within 2 s
        return ward;
    }

    private void signIn(String page) {
        browser.get(portal.url("/login.xhtml?next=" + URLEncoder.encode(page, StandardCharsets.UTF_8)));
        browser.findElement(By.id("login:email")).sendKeys(RunningPortal.ADMIN_EMAIL);
        browser.findElement(By.id("login:password")).sendKeys(RunningPortal.ADMIN_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hsds-form")));
    }
}

package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The design system on the core's pages: every page opened signed out and signed in, at 1280 and
 * 390 px, with axe-core clean, nothing overflowing or cut off, and screenshots under
 * target/screenshots/ for review; a form showing its errors; the language switch.
 */
@ExtendWith(SharedPortal.class)
class LookBrowserIT extends BrowserTest {

    /** Pages anybody can open. */
    static final List<String> PUBLIC_PAGES = List.of("/", "/login.xhtml", "/register.xhtml", "/forgot.xhtml",
            "/reset.xhtml?token=not-a-token", "/confirm.xhtml?token=not-a-token", "/confirm-email.xhtml?token=not-a-token",
            "/privacy.xhtml", "/accessibility.xhtml", "/cookies.xhtml", "/contact.xhtml", "/account/deleted.xhtml",
            "/no-such-page", "/forum/", "/budget/", "/directory/");

    /** Pages of a signed-in resident. */
    static final List<String> RESIDENT_PAGES = List.of("/account/profile.xhtml", "/account/residence.xhtml",
            "/account/privacy.xhtml", "/manage/areas.xhtml");

    /** Pages of a platform admin. */
    static final List<String> ADMIN_PAGES = List.of("/admin/index.xhtml", "/admin/areas.xhtml", "/admin/users.xhtml",
            "/admin/audit.xhtml", "/admin/outbox.xhtml", "/manage/areas.xhtml", "/manage/residence.xhtml?area=demo-borough");

    private final RunningPortal portal;
    private final AdminApi api;

    LookBrowserIT(RunningPortal portal) {
        this.portal = portal;
        this.api = new AdminApi(portal);
    }

    @Test
    void everyPublicPageIsCleanAtBothWidths() {
        for (String page : PUBLIC_PAGES) {
            lookAt(portal.url(page), "public" + name(page));
        }
    }

    @Test
    void everyResidentPageIsCleanAtBothWidthsAndPublicPagesToo() throws Exception {
        signIn(api.newResident("look"), AdminApi.PASSWORD);
        for (String page : RESIDENT_PAGES) {
            lookAt(portal.url(page), "resident" + name(page));
        }
        for (String page : List.of("/", "/privacy.xhtml", "/forum/", "/no-such-page")) {
            lookAt(portal.url(page), "resident" + name(page));
        }
    }

    @Test
    void everyAdminPageIsCleanAtBothWidths() {
        signIn(RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD);
        for (String page : ADMIN_PAGES) {
            lookAt(portal.url(page), "admin" + name(page));
        }
    }

    @Test
    void aFormWithErrorsShowsASummaryLinkingToEachFieldAtBothWidths() {
        browser.get(portal.url("/register.xhtml"));
        browser.findElement(By.id("register:password")).sendKeys("short");
        browser.findElement(By.id("register:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".os-error-summary")));

        assertThat(browser.findElements(By.cssSelector(".os-error-summary a")))
                .extracting(a -> a.getAttribute("hash"))
                .contains("#register:email", "#register:displayName", "#register:password");
        assertThat(browser.switchTo().activeElement().getAttribute("class")).as("focus moves to the summary")
                .contains("os-error-summary");
        lookHere("register-errors");
    }

    @Test
    void theHeaderSwitchesToWelshAndRemembersIt() {
        browser.get(portal.url("/login.xhtml"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.findElement(By.id("portal-lang")).click();

        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "cy"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mewngofnodi");
        assertThat(browser.getCurrentUrl()).as("the switch leaves no trace in the address").doesNotContain("lang=");
        browser.get(portal.url("/forum/"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as("modules follow").isEqualTo("cy");
        assertThat(browser.findElement(By.id("portal-sign-in")).getText()).isEqualTo("Mewngofnodi");

        browser.findElement(By.id("portal-lang")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    }

    @Test
    void aSignedInResidentsLanguageFollowsThemFromBrowserToBrowser() throws Exception {
        String email = api.newResident("look-cy");
        signIn(email, AdminApi.PASSWORD);
        browser.findElement(By.id("portal-lang")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "cy"));

        browser.manage().deleteCookieNamed("portal_lang");
        browser.get(portal.url("/"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as("the preference, not the cookie").isEqualTo("cy");
    }

    @Test
    void theMenuFoldsAwayOnAPhoneAndOpensByKeyboard() {
        browser.get(portal.url("/"));
        assertThat(browser.findElement(By.id("os-menu-button")).isDisplayed()).as("no menu button on a desktop").isFalse();
        assertThat(browser.findElement(By.id("portal-sign-in")).isDisplayed()).isTrue();

        atWidth(PHONE);
        WebElement menu = browser.findElement(By.id("os-menu-button"));
        assertThat(menu.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("portal-sign-in")).isDisplayed()).as("folded away").isFalse();
        menu.sendKeys(Keys.ENTER);
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.findElement(By.id("portal-sign-in")).isDisplayed()).isTrue();
        checkAccessibility();
        atWidth(DESKTOP);
    }

    private void signIn(String email, String password) {
        browser.get(portal.url("/login.xhtml"));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("portal-user-name")));
    }

    private static String name(String page) {
        String name = page.replaceAll("\\?.*", "").replace(".xhtml", "").replace('/', '-');
        return name.equals("-") ? "-home" : name.endsWith("-") ? name.substring(0, name.length() - 1) : name;
    }
}

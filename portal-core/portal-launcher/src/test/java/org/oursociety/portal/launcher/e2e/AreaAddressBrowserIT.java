package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A page reached at its area's address ({@code /{module}/{area}/page.xhtml}) posts its forms back to that
 * address, in every WAR: portal-api's one {@code AreaViewHandler} keeps the area in the form's action, so
 * after a postback the page still knows its area (before it, budget and directory forms went to
 * {@code /budget/page.xhtml}, area lost). Also: the layout loads PrimeFaces' core, so forms post with
 * the CSP nonce and nothing is refused by the policy.
 */
@ExtendWith(SharedPortal.class)
class AreaAddressBrowserIT extends BrowserTest {

    private final RunningPortal portal;

    AreaAddressBrowserIT(RunningPortal portal) {
        this.portal = portal;
    }

    @Test
    void aBudgetFormPostsBackToItsAreasAddress() throws Exception {
        BudgetWard ward = new BudgetWard(portal);
        String page = "/budget/" + ward.slug + "/";
        signIn(page, RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD);

        assertThat(path(browser.findElement(By.id("create")).getAttribute("action")))
                .startsWith("/budget/" + ward.slug + "/");
        WebElement submit = browser.findElement(By.id("create:submit"));
        submit.click();
        wait.until(ExpectedConditions.stalenessOf(submit));

        assertThat(path(browser.getCurrentUrl())).as("after the postback").startsWith("/budget/" + ward.slug + "/");
        assertThat(browser.findElements(By.id("create"))).as("the area's page again, not a 404").isNotEmpty();
        lookHere("area-address-budget");
        assertThat(CspViolations.of(browser)).isEmpty();
    }

    @Test
    void aForumFormPostsBackToItsAreasAddress() throws Exception {
        ForumFixture forum = new ForumFixture(portal);
        String ward = forum.ward("address");
        ForumFixture.Member resident = forum.established("Resident");
        String page = "/forum/" + ward + "/new-topic.xhtml";
        signIn(page, resident.email(), ForumFixture.PASSWORD);

        assertThat(path(browser.findElement(By.id("topic")).getAttribute("action"))).startsWith("/forum/" + ward + "/");
        browser.findElement(By.id("topic:title")).sendKeys("Hi");
        browser.findElement(By.id("topic:body")).sendKeys("Too short a title.");
        browser.findElement(By.id("topic:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("topic:title-message"), "5 to 200"));

        assertThat(path(browser.getCurrentUrl())).as("after the postback").startsWith("/forum/" + ward + "/");
        lookHere("area-address-forum");
        assertThat(CspViolations.of(browser)).isEmpty();
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }

    private void signIn(String page, String email, String password) {
        browser.get(portal.url("/login.xhtml?next=" + URLEncoder.encode(page, StandardCharsets.UTF_8)));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
        browser.get(portal.url(page));
    }
}

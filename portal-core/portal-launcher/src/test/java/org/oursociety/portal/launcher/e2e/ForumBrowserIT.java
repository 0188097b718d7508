package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The forum in headless Chromium under the Content-Security-Policy, at desktop (1280) and phone (390) widths:
 * a resident reads, starts a topic with a preview and replies quoting it; a moderator works through the queue;
 * a post with a script and a javascript: link does nothing.
 */
@ExtendWith(SharedPortal.class)
class ForumBrowserIT extends BrowserTest {

    private final RunningPortal portal;
    private final ForumFixture forum;

    ForumBrowserIT(RunningPortal portal) throws Exception {
        this.portal = portal;
        this.forum = new ForumFixture(portal);
    }

    @Test
    void aResidentReadsStartsATopicAndRepliesAtDesktopWidth() throws Exception {
        residentWalk(1280, 900);
    }

    @Test
    void aResidentReadsStartsATopicAndRepliesOnAPhone() throws Exception {
        residentWalk(390, 844);
    }

    private void residentWalk(int width, int height) throws Exception {
        browser.manage().window().setSize(new Dimension(width, height));
        String ward = forum.ward("browse");
        ForumFixture.Member neighbour = forum.established("Neighbour");
        forum.topic(ward, neighbour, "Welcome to the ward forum", "Say hello **here**.");
        ForumFixture.Member resident = forum.established("Resident");

        browser.get(portal.url("/forum/" + ward + "/"));
        assertThat(browser.findElement(By.id("categories")).getText()).contains("General");
        assertThat(browser.findElement(By.id("topics")).getText()).contains("Welcome to the ward forum");
        browser.findElement(By.linkText("Welcome to the ward forum")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("topic-title"), "Welcome to the ward forum"));
        assertThat(browser.findElement(By.id("post-1")).getText()).contains(neighbour.name(), "Say hello here.");

        signIn("/forum/" + ward + "/new-topic.xhtml", resident.email());
        browser.findElement(By.id("topic:title")).sendKeys("Hi");
        browser.findElement(By.id("topic:body")).sendKeys("Is the *library* open on Sundays?");
        browser.findElement(By.id("topic:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("topic:title-message"), "5 to 200"));
        assertThat(browser.getCurrentUrl()).as("the form posts back to the area's URL").contains("/forum/" + ward + "/");
        WebElement title = browser.findElement(By.id("topic:title"));
        title.clear();
        title.sendKeys("Library opening hours");
        browser.findElement(By.id("topic:previewButton")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#preview em")));
        assertThat(browser.findElement(By.id("preview")).getText()).contains("library");
        browser.findElement(By.id("topic:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("topic-title"), "Library opening hours"));

        // the reply form, quoting the first post
        browser.findElement(By.linkText("Quote and reply")).click();
        wait.until(ExpectedConditions.attributeContains(By.id("reply:body"), "value", "> Is the *library* open"));
        browser.findElement(By.id("reply:body")).sendKeys("Answering myself: yes, from 10 to 4.");
        browser.findElement(By.id("reply:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("post-2")));
        WebElement reply = browser.findElement(By.id("post-2"));
        assertThat(reply.getText()).contains("in reply to #1", "Answering myself");
        assertThat(reply.findElements(By.tagName("blockquote"))).hasSize(1);
        assertThat(browser.getCurrentUrl()).contains("/forum/" + ward + "/topic.xhtml");
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void aModeratorRestoresAHiddenPostFromTheQueue() throws Exception {
        String ward = forum.ward("queue");
        ForumFixture.Member author = forum.established("Author");
        ForumFixture.Member moderator = forum.established("Moderator");
        forum.grant(ward, moderator, "moderator");
        String topic = forum.topic(ward, author, "Market stalls", "My stall sells the best bread in town.");
        String post = forum.topicJson(topic, new String[0]).path("posts").get(0).path("id").asText();
        for (String name : List.of("One", "Two", "Three")) {
            ForumFixture.Member flagger = forum.established("Flagger" + name);
            forum.http.postJson("/forum/api/posts/" + post + "/flags", "{\"reason\":\"spam\"}", flagger.auth());
        }
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(portal.url("/forum/" + ward + "/topic.xhtml?id=" + topic));
        assertThat(browser.findElement(By.id("post-1")).getText()).contains("Hidden pending review")
                .doesNotContain("best bread");

        signIn("/forum/" + ward + "/queue.xhtml", moderator.email());
        WebElement entry = browser.findElement(By.cssSelector(".forum-queue__entry"));
        assertThat(entry.getText()).contains("Market stalls", "best bread", "3 flags");
        entry.findElement(By.cssSelector("input[id$=':reason']")).sendKeys("An honest advert by a local trader");
        entry.findElement(By.cssSelector("button[id$=':disagree']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue-empty")));
        assertThat(browser.getCurrentUrl()).contains("/forum/" + ward + "/");
        browser.get(portal.url("/forum/" + ward + "/topic.xhtml?id=" + topic));
        assertThat(browser.findElement(By.id("post-1")).getText()).contains("best bread");
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void aModeratorMovesATopicAndAResidentFindsItFromEveryForum() throws Exception {
        String ward = forum.ward("move");
        ForumFixture.Member author = forum.established("Poster");
        ForumFixture.Member moderator = forum.established("Mover");
        forum.grant(ward, moderator, "moderator");
        HttpResponse<String> created = forum.http.postJson("/forum/api/areas/" + ward + "/categories",
                "{\"name\":\"Parks and green spaces\",\"description\":\"Parks, trees and allotments\"}", forum.admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String word = "Quinceorchard" + ward.hashCode();
        String topic = forum.topic(ward, author, "Planting in the park", "Could we plant a " + word + " by the pond?");

        browser.manage().window().setSize(new Dimension(390, 844));
        signIn("/forum/" + ward + "/new-topic.xhtml", moderator.email());
        browser.get(portal.url("/forum/" + ward + "/topic.xhtml?id=" + topic));
        new Select(browser.findElement(By.id("moderate:moveTo"))).selectByVisibleText("Parks and green spaces");
        browser.findElement(By.id("moderate:reason")).sendKeys("Belongs with the parks");
        browser.findElement(By.id("moderate:move")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("topic-category"), "Parks and green spaces"));
        assertThat(browser.getCurrentUrl()).contains("/forum/" + ward + "/");
        lookAt(portal.url("/forum/" + ward + "/topic.xhtml?id=" + topic), "forum-topic-moderator");

        browser.get(portal.url("/forum/" + ward + "/search.xhtml?q=" + word));
        assertThat(browser.findElement(By.id("results")).getText()).contains("Planting in the park");
        browser.findElement(By.id("search-everywhere")).click();
        wait.until(ExpectedConditions.urlContains("/forum/search.xhtml"));
        assertThat(browser.findElement(By.id("results")).getText()).contains("Planting in the park", "Forum Ward " + ward);
        browser.findElement(By.linkText("Planting in the park")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("topic-title"), "Planting in the park"));
        lookAt(portal.url("/forum/search.xhtml?q=" + word), "forum-search-everywhere");
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void aWordInMoreThanAThousandPostsSaysOnlyTheNewestAreListedInEnglishAndWelsh() throws Exception {
        String ward = forum.ward("capped");
        String word = "Gritbin" + Math.abs(ward.hashCode());
        String topic = forum.topic(ward, forum.established("Gritter"), "Grit bins before the frost",
                "Where is the nearest " + word + "?");
        // a thousand replies more, written straight to the table: a thousand members through the API would take minutes
        forum.sql("insert into forum.post (id, topic_id, number, author_id, body_source, body_html, body_text,"
                + " created_at, area_slug) select gen_random_uuid(), t.id, 1 + g, t.author_id, 'The " + word + " ' || g,"
                + " '<p>The " + word + " ' || g || '</p>', 'The " + word + " ' || g, now() - (g || ' seconds')::interval,"
                + " t.area_slug from forum.topic t, generate_series(1, 1000) g where t.id = cast(? as uuid)", topic);
        String search = "/forum/" + ward + "/search.xhtml?q=" + word;

        browser.get(portal.url(search));
        assertThat(browser.findElement(By.id("results-heading")).getText()).isEqualTo("1,001 posts found");
        assertThat(browser.findElement(By.id("results-capped")).getText())
                .isEqualTo("Only the newest 1,000 of them are listed: add a word to narrow the search.");
        lookAt(portal.url(search), "forum-search-capped");
        try {
            lookAt(portal.url(search + "&lang=cy"), "forum-search-capped-cy");
            assertThat(browser.findElement(By.id("results-capped")).getText())
                    .isEqualTo("Dim ond y 1,000 mwyaf diweddar a restrir: ychwanegwch air i gyfyngu'r chwilio.");
        } finally {
            browser.get(portal.url(search + "&lang=en")); // the language is remembered: the other tests read English
        }
    }

    @Test
    void readersOpenNoSessionAndAMembersLikeAndWatchShowAtOnce() throws Exception {
        String ward = forum.ward("stateless");
        ForumFixture.Member author = forum.established("Starter");
        ForumFixture.Member reader = forum.established("Liker");
        String topic = forum.topic(ward, author, "Benches in the square", "Could we have two more benches?");
        String category = Http.json(forum.http.get("/forum/api/areas/" + ward + "/categories")).get(0).path("id").asText();
        for (String page : List.of("/forum/" + ward + "/topic.xhtml?id=" + topic, "/forum/" + ward + "/",
                "/forum/" + ward + "/category.xhtml?id=" + category)) {
            HttpResponse<String> anonymous = new Http(portal).get(page);
            assertThat(anonymous.statusCode()).as(page).isEqualTo(200);
            assertThat(anonymous.headers().allValues("Set-Cookie")).as("an anonymous reader of " + page + " gets no session")
                    .noneMatch(c -> c.startsWith("JSESSIONID="));
        }

        browser.manage().window().setSize(new Dimension(390, 844));
        signIn("/forum/" + ward + "/new-topic.xhtml", reader.email());
        browser.get(portal.url("/forum/" + ward + "/topic.xhtml?id=" + topic));
        WebElement first = browser.findElement(By.id("post-1"));
        assertThat(first.getText()).contains("0 likes");
        first.findElement(By.cssSelector("button[id$=':like']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("post-1"), "1 like"));
        assertThat(browser.findElement(By.cssSelector("#post-1 button[id$=':like']")).getText()).isEqualTo("Unlike");
        assertThat(forum.topicJson(topic, new String[0]).path("posts").get(0).path("likes").asInt())
                .as("the API shows the like at once, not after the page cache's 2 s").isEqualTo(1);

        browser.findElement(By.id("follow:watch")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("topic-level"), "watching"));
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("topic-level")).getText()).isEqualTo("watching");
        assertThat(browser.findElement(By.cssSelector("#post-1 button[id$=':like']")).getText()).isEqualTo("Unlike");

        forum.reply(topic, author, "Two benches ordered for spring.", null);
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("post-2")).getText()).as("a new reply shows on the next page at once")
                .contains("Two benches ordered");
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void theSecondPageOfATopicCountsOnFromTheFirst() throws Exception {
        String ward = forum.ward("counting");
        String topic = forum.topic(ward, forum.established("Opener"), "Street lights on Mill Lane",
                "Half of them are out again.");
        for (int i = 2; i <= 21; i++) { // a page holds 20 posts; one member each keeps clear of the reply interval
            forum.reply(topic, forum.established("Neighbour"), "Noticed it too, reply " + i + ".", null);
        }

        String second = new Http(portal).get("/forum/" + ward + "/topic.xhtml?id=" + topic + "&page=2").body();

        assertThat(second).as("the list's numbers match the posts' #21, not 1").contains("start=\"21\"")
                .contains("id=\"post-21\"");
    }

    @Test
    void aScriptAndAJavascriptLinkInAPostDoNothing() throws Exception {
        String ward = forum.ward("xss");
        ForumFixture.Member writer = forum.established("Writer");
        String topic = forum.topic(ward, writer, "Harmless markup",
                "<script>alert('xss')</script> and [a link](javascript:alert('xss')) and <img src=x onerror=alert(3)>");
        browser.get(portal.url("/forum/" + ward + "/topic.xhtml?id=" + topic));
        WebElement body = browser.findElement(By.cssSelector("#post-1 .forum-post__body"));
        assertThat(body.getText()).contains("<script>alert('xss')</script>");
        assertThat(body.findElements(By.tagName("script"))).isEmpty();
        assertThat(body.findElements(By.tagName("img"))).isEmpty();
        for (WebElement link : body.findElements(By.tagName("a"))) {
            assertThat(String.valueOf(link.getAttribute("href"))).doesNotStartWith("javascript");
            link.click();
        }
        try {
            browser.switchTo().alert();
            throw new AssertionError("An alert opened");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    private void signIn(String page, String email) {
        browser.get(portal.url(page));
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(ForumFixture.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlToBe(portal.url(page)));
    }

    private List<String> cspViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
    }
}

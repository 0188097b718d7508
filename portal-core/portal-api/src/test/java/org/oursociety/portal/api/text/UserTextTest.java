package org.oursociety.portal.api.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserTextTest {

    private final UserText text = new UserText();

    @Test
    void markdownBecomesHtmlAndTheSourceIsKept() {
        RenderedText rendered = text.render("Hello **Riverside**\n\n- one\n- two");

        assertThat(rendered.source()).isEqualTo("Hello **Riverside**\n\n- one\n- two");
        assertThat(rendered.html()).contains("<strong>Riverside</strong>").contains("<li>one</li>");
    }

    @Test
    void rawHtmlAndScriptsAreShownAsTextNeverRun() {
        RenderedText rendered = text.render("<script>alert(1)</script> <img src=x onerror=alert(2)>");

        assertThat(rendered.html()).doesNotContain("<script").doesNotContain("<img").doesNotContain("onerror=");
        assertThat(UserText.plain(rendered)).contains("<script>alert(1)</script>");
    }

    @Test
    void javascriptLinksLoseTheirTargetAndOthersGetUgcRels() {
        RenderedText bad = text.render("[click](javascript:alert(1))");
        RenderedText good = text.render("[council](https://example.org/bins) and https://example.org/auto");

        assertThat(bad.html()).doesNotContain("javascript");
        assertThat(good.html()).contains("href=\"https://example.org/bins\"");
        assertThat(good.html()).containsPattern("rel=\"(?=[^\"]*nofollow)(?=[^\"]*ugc)(?=[^\"]*noopener)[^\"]*\"");
        assertThat(UserText.linkCount(good)).isEqualTo(2);
    }

    @Test
    void plainTextKeepsWordsApartAndDecodesCharacters() {
        RenderedText rendered = text.render("# Bins & bags\n\nCollected on \"Mondays\" at 7 < 8");

        assertThat(UserText.plain(rendered)).isEqualTo("Bins & bags Collected on \"Mondays\" at 7 < 8");
    }

    @Test
    void nothingWrittenIsEmptyText() {
        assertThat(text.render(null).html()).isEmpty();
    }
}

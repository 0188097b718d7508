package org.oursociety.core.mail.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oursociety.core.mail.domain.MailContent;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates(MailSettings.unconfigured("https://portal.example.org"));

    @Test
    void bothPartsCarryTheWordsAndTheAbsoluteLink() {
        MailContent mail = templates.render(Locale.ENGLISH, "Confirm your email address", "Hello Amira,",
                "Please confirm your address to finish signing up.", "Confirm my address", "/confirm?token=abc123");

        assertThat(mail.subject()).isEqualTo("Confirm your email address");
        assertThat(mail.textBody())
                .startsWith("Hello Amira,\n\nPlease confirm your address to finish signing up.\n\n")
                .contains("Confirm my address:\nhttps://portal.example.org/confirm?token=abc123\n")
                .contains("\n-- \nOur Society\n")
                .doesNotContain("<", "&amp;");
        assertThat(mail.htmlBody())
                .startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"en\">")
                .contains("<title>Confirm your email address</title>")
                .contains("<p>Hello Amira,</p>")
                .contains("<a href=\"https://portal.example.org/confirm?token=abc123\"")
                .contains(">Confirm my address</a>")
                .contains("If the button does not work, copy this address into your browser:");
    }

    @Test
    void userTextIsEscapedInHtmlAndLeftAloneInPlainText() {
        MailContent mail = templates.render(Locale.ENGLISH, "Welcome <b>", "Hello <script>alert('x')</script> & \"friends\",",
                "Tom's <img src=x onerror=alert(1)> group", "Join", "/join?a=1&b=2");

        assertThat(mail.htmlBody())
                .doesNotContain("<script>", "<img", "<b>")
                .contains("Hello &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;,")
                .contains("Tom&#39;s &lt;img src=x onerror=alert(1)&gt; group")
                .contains("<title>Welcome &lt;b&gt;</title>")
                .contains("href=\"https://portal.example.org/join?a=1&amp;b=2\"");
        assertThat(mail.textBody())
                .contains("Hello <script>alert('x')</script> & \"friends\",")
                .contains("https://portal.example.org/join?a=1&b=2");
    }

    @Test
    void blankLinesMakeParagraphsInHtml() {
        MailContent mail = templates.render(Locale.ENGLISH, "S", "Hi,", "First line\nsecond line\n\nNext paragraph",
                "Go", "/");

        assertThat(mail.htmlBody()).contains("<p>First line<br>second line</p>\n<p>Next paragraph</p>");
    }

    @Test
    void aLocaleWithoutItsOwnBundleGetsEnglishNotTheServersDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            MailContent mail = templates.render(Locale.FRENCH, "S", "Hi,", "Text", "Go", "/");

            assertThat(mail.htmlBody()).contains("<html lang=\"en\">").contains("Replies to it are not read.");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aWelshReaderGetsTheMailsOwnWordsInWelsh() {
        MailContent mail = templates.render(Locale.forLanguageTag("cy"), "S", "Helo,", "Testun", "Mynd", "/");

        assertThat(mail.htmlBody()).contains("<html lang=\"cy\">").contains("Nid yw atebion iddi");
    }

    @Test
    void linksOnlyEverPointAtThisPortal() {
        assertThatThrownBy(() -> templates.render(Locale.ENGLISH, "S", "Hi,", "Text", "Go", "https://evil.example/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> templates.render(Locale.ENGLISH, "S", "Hi,", "Text", "Go", "//evil.example/"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.oursociety.core.mail.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oursociety.core.mail.application.MailSettings;
import org.oursociety.core.mail.domain.PendingMail;

class SmtpSenderTest {

    private static final MailSettings SETTINGS = new MailSettings("smtp.example", 587, "portal", "s3cret", true,
            "Cyngor Caerdydd – Porth <no-reply@council.example>", "https://portal.example.org");

    private final SmtpSender sender = new SmtpSender(SETTINGS);

    @Test
    void buildsMultipartAlternativeWithUtf8TextThenHtml() throws Exception {
        PendingMail mail = new PendingMail(UUID.randomUUID(), "amira@example.org", "Croeso – welcome ✓",
                "Hello Amira ✓\nhttps://portal.example.org/confirm", "<p>Hello Amira ✓</p>", 0);

        MimeMessage message = sender.message(mail);

        assertThat(message.getSubject()).isEqualTo("Croeso – welcome ✓");
        assertThat(message.getHeader("Subject", null)).startsWith("=?UTF-8?");
        assertThat(message.getRecipients(Message.RecipientType.TO)).containsExactly(new InternetAddress("amira@example.org"));
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("no-reply@council.example");
        assertThat(from.getPersonal()).isEqualTo("Cyngor Caerdydd – Porth");
        assertThat(message.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(message.isMimeType("multipart/alternative")).isTrue();

        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(text.getContent()).isEqualTo("Hello Amira ✓\nhttps://portal.example.org/confirm");
        assertThat(html.getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat(html.getContent()).isEqualTo("<p>Hello Amira ✓</p>");

        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        assertThat(raw.toString(java.nio.charset.StandardCharsets.US_ASCII)).doesNotContain("s3cret");
    }

    @Test
    void aMailWithoutHtmlIsPlainText() throws Exception {
        MimeMessage message = sender.message(new PendingMail(UUID.randomUUID(), "tom@example.org", "Hi", "Just text", null, 0));

        assertThat(message.isMimeType("text/plain")).isTrue();
        assertThat(message.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(message.getContent()).isEqualTo("Just text");
    }

    @Test
    void theMessageIdIsTheSameOnEveryAttempt() throws Exception {
        UUID id = UUID.randomUUID();
        PendingMail first = new PendingMail(id, "tom@example.org", "Hi", "Text", null, 0);
        PendingMail retry = new PendingMail(id, "tom@example.org", "Hi", "Text", null, 3);

        assertThat(sender.message(first).getMessageID())
                .isEqualTo(sender.message(retry).getMessageID())
                .isEqualTo("<" + id + ".outbox@council.example>");
    }

    @Test
    void requiresStartTlsAndAuthenticatesWhenConfigured() throws Exception {
        Properties p = sender.message(new PendingMail(UUID.randomUUID(), "tom@example.org", "Hi", "Text", null, 0))
                .getSession().getProperties();

        assertThat(p.getProperty("mail.transport.protocol")).isEqualTo("smtp");
        assertThat(p.getProperty("mail.smtp.host")).isEqualTo("smtp.example");
        assertThat(p.getProperty("mail.smtp.port")).isEqualTo("587");
        assertThat(p.getProperty("mail.smtp.auth")).isEqualTo("true");
        assertThat(p.getProperty("mail.smtp.starttls.enable")).isEqualTo("true");
        assertThat(p.getProperty("mail.smtp.starttls.required")).isEqualTo("true");
        assertThat(p.getProperty("mail.smtp.ssl.checkserveridentity")).isEqualTo("true");
        assertThat(p.getProperty("mail.smtp.connectiontimeout")).isNotNull();
        assertThat(p.getProperty("mail.smtp.timeout")).isNotNull();
        assertThat(p.values()).doesNotContain("s3cret");
    }

    @Test
    void port465UsesImplicitTls() throws Exception {
        SmtpSender smtps = new SmtpSender(new MailSettings("smtp.example", 465, null, null, true, null, null));
        Properties p = smtps.message(new PendingMail(UUID.randomUUID(), "tom@example.org", "Hi", "Text", null, 0))
                .getSession().getProperties();

        assertThat(p.getProperty("mail.transport.protocol")).isEqualTo("smtps");
        assertThat(p.getProperty("mail.smtps.port")).isEqualTo("465");
        assertThat(p.getProperty("mail.smtps.auth")).isEqualTo("false");
        assertThat(p.getProperty("mail.smtps.starttls.enable")).isNull();
    }

    @Test
    void withoutTlsNothingAsksForIt() throws Exception {
        SmtpSender plain = new SmtpSender(new MailSettings("localhost", 2525, null, null, false, null, null));
        Properties p = plain.message(new PendingMail(UUID.randomUUID(), "tom@example.org", "Hi", "Text", null, 0))
                .getSession().getProperties();

        assertThat(p.getProperty("mail.smtp.starttls.enable")).isNull();
        assertThat(p.getProperty("mail.smtp.starttls.required")).isNull();
    }

    @Test
    void needsAServerAndAProperFromAddress() {
        assertThatThrownBy(() -> new SmtpSender(MailSettings.unconfigured("http://localhost:8080")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmtpSender(new MailSettings("smtp.example", 587, null, null, true, "not an address", null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

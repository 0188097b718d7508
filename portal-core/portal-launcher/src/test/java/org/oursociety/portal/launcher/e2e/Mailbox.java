package org.oursociety.portal.launcher.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) in the test JVM that the shared portal sends to. Tests wait for a mail
 * with a deadline instead of sleeping: the outbox worker sends within a second or two.
 */
public final class Mailbox implements ExtensionContext.Store.CloseableResource {

    static final Duration DEADLINE = Duration.ofSeconds(60);

    private final GreenMail greenMail;

    private Mailbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    static Mailbox start() {
        try {
            GreenMail server = new GreenMail(new ServerSetup(RunningPortal.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            return new Mailbox(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return greenMail.getSmtp().getPort();
    }

    /** A received mail: who it went to, its subject and its plain-text part. */
    record Mail(String to, String subject, String text) {

        /** The first link in the text to a path that starts with {@code pathPrefix}, e.g. {@code /confirm.xhtml}. */
        String link(String pathPrefix) {
            Matcher m = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(pathPrefix) + "[^\\s]*)").matcher(text);
            if (!m.find()) {
                throw new AssertionError("No link to " + pathPrefix + " in the mail:\n" + text);
            }
            return m.group(1);
        }
    }

    /** Every mail to this address so far, oldest first. */
    List<Mail> mailsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).map(Mailbox::mail)
                .filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    /** Waits for the {@code n}-th mail (counting from 1) to the address. */
    Mail awaitMail(String address, int n) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            List<Mail> mails = mailsTo(address);
            if (mails.size() >= n) {
                return mails.get(n - 1);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail number " + n + " to " + address + " within " + DEADLINE + "; got "
                + mailsTo(address));
    }

    private static Mail mail(MimeMessage message) {
        try {
            String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
            Object content = message.getContent();
            String text = content instanceof MimeMultipart multipart
                    ? multipart.getBodyPart(0).getContent().toString() : content.toString();
            return new Mail(to, message.getSubject(), text);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read a received mail", e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}

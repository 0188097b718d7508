package org.oursociety.core.mail.infrastructure;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.oursociety.core.mail.application.MailSettings;
import org.oursociety.core.mail.domain.PendingMail;

/**
 * Sends mails to the configured SMTP server with Jakarta Mail: multipart/alternative with a UTF-8
 * plain-text part and, when there is one, a UTF-8 HTML part. Plain Java, so the worker and its tests
 * run without a container.
 *
 * <p>A {@link Connection} sends a whole batch over one SMTP session, so that a server that is down
 * costs one failed connect per batch rather than one per mail.
 */
public final class SmtpSender {

    /** Bounded, so that a server that accepts connections and then hangs cannot stall the worker for ever. */
    static final int CONNECT_TIMEOUT_MS = 10_000;
    static final int IO_TIMEOUT_MS = 30_000;

    private final MailSettings settings;
    private final InternetAddress from;
    private final Session session;
    private final String protocol;

    public SmtpSender(MailSettings settings) {
        if (!settings.configured()) {
            throw new IllegalArgumentException("No SMTP server is configured (portal.smtp.host)");
        }
        this.settings = settings;
        this.from = fromAddress(settings.from());
        this.protocol = settings.implicitTls() ? "smtps" : "smtp";
        this.session = Session.getInstance(properties(settings, protocol));
    }

    /** The message as it goes out, with headers final ({@code saveChanges} done). */
    public MimeMessage message(PendingMail mail) throws MessagingException {
        MimeMessage message = new OutboxMessage(session, messageId(mail));
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        // RFC 3834: tells auto-responders (out-of-office) not to answer a no-reply address.
        message.setHeader("Auto-Submitted", "auto-generated");
        if (mail.htmlBody() == null || mail.htmlBody().isBlank()) {
            message.setText(mail.textBody(), StandardCharsets.UTF_8.name(), "plain");
        } else {
            // Plain text first, HTML last: a client shows the last alternative it can display.
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(part(mail.textBody(), "plain"));
            alternative.addBodyPart(part(mail.htmlBody(), "html"));
            message.setContent(alternative);
        }
        message.saveChanges();
        return message;
    }

    /** Opens an SMTP session; fails when the server cannot be reached or refuses the login. */
    public Connection connect() throws MessagingException {
        Transport transport = session.getTransport(protocol);
        transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
        return new Connection(transport);
    }

    /** "host:port", for log lines. */
    public String server() {
        return settings.host() + ":" + settings.port();
    }

    /** One open SMTP session. */
    public final class Connection implements AutoCloseable {

        private final Transport transport;

        private Connection(Transport transport) {
            this.transport = transport;
        }

        /** Returns once the server has accepted the mail. */
        public void send(PendingMail mail) throws MessagingException {
            MimeMessage message = message(mail);
            transport.sendMessage(message, message.getAllRecipients());
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException e) {
                // The mails are accepted by now; a failed QUIT changes nothing about them.
            }
        }
    }

    private static MimeBodyPart part(String body, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(body, StandardCharsets.UTF_8.name(), subtype);
        return part;
    }

    /**
     * The same Message-ID on every attempt: if the worker sends a mail but cannot record it (database
     * gone at that moment) and sends it again, mail systems that remove duplicates can recognise it.
     */
    private String messageId(PendingMail mail) {
        String address = from.getAddress();
        String domain = address.substring(address.indexOf('@') + 1);
        return "<" + mail.id() + ".outbox@" + domain + ">";
    }

    private static InternetAddress fromAddress(String value) {
        try {
            InternetAddress address = new InternetAddress(value, true);
            if (address.getPersonal() != null) {
                address.setPersonal(address.getPersonal(), StandardCharsets.UTF_8.name());
            }
            return address;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("portal.mail.from is not a mail address: " + value, e);
        }
    }

    private static Properties properties(MailSettings settings, String protocol) {
        String prefix = "mail." + protocol + ".";
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", protocol);
        p.setProperty(prefix + "host", settings.host());
        p.setProperty(prefix + "port", Integer.toString(settings.port()));
        p.setProperty(prefix + "connectiontimeout", Integer.toString(CONNECT_TIMEOUT_MS));
        p.setProperty(prefix + "timeout", Integer.toString(IO_TIMEOUT_MS));
        p.setProperty(prefix + "writetimeout", Integer.toString(IO_TIMEOUT_MS));
        p.setProperty(prefix + "auth", Boolean.toString(settings.authenticates()));
        if (settings.tls()) {
            if (!settings.implicitTls()) {
                // Required, not merely enabled: otherwise a server (or a man in the middle) that offers
                // no STARTTLS would get the password in clear text.
                p.setProperty(prefix + "starttls.enable", "true");
                p.setProperty(prefix + "starttls.required", "true");
            }
            p.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        return p;
    }

    /** A MimeMessage whose Message-ID is ours rather than a fresh random one on each save. */
    private static final class OutboxMessage extends MimeMessage {

        private final String messageId;

        OutboxMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}

package org.oursociety.core.mail.domain;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One mail in {@code core.mail_outbox}, as the code that causes it writes it (through JPA, inside the
 * caller's transaction). Sending, retrying and marking it sent is the worker's business and happens
 * in SQL ({@code OutboxRepository}), so this entity only ever creates rows.
 *
 * <p>Everything that could make a mail unsendable for good is refused here, while the caller can
 * still roll back and show an error, rather than leaving a mail that fails every hour for ever.
 */
@Entity
@Table(name = "mail_outbox", schema = "core")
public class OutboxMail {

    public static final int MAX_RECIPIENT = 254;
    public static final int MAX_SUBJECT = 200;
    private static final Pattern KIND = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    @Id
    private UUID id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Column(name = "html_body")
    private String htmlBody;

    @Column(nullable = false)
    private String kind;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "last_error")
    private String lastError;

    protected OutboxMail() {
    }

    /** A new unsent mail, due at once. */
    public OutboxMail(String recipient, MailContent content, String kind, Instant now) {
        this.id = UUID.randomUUID();
        this.recipient = checkedRecipient(recipient);
        this.subject = checkedSubject(content.subject());
        this.textBody = content.textBody();
        this.htmlBody = content.htmlBody();
        this.kind = checkedKind(kind);
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.attempts = 0;
        this.nextAttemptAt = this.createdAt;
    }

    /** One bare address ({@code someone@example.org}), no display name, no list, no line breaks. */
    static String checkedRecipient(String recipient) {
        if (recipient == null || recipient.isBlank() || recipient.length() > MAX_RECIPIENT) {
            throw new IllegalArgumentException("A mail needs one recipient address of at most " + MAX_RECIPIENT + " characters");
        }
        try {
            InternetAddress address = new InternetAddress(recipient.strip(), true);
            address.validate();
            if (address.getPersonal() != null || !address.getAddress().equals(recipient.strip())) {
                throw new AddressException("not a bare address");
            }
            return address.getAddress();
        } catch (AddressException e) {
            throw new IllegalArgumentException("Not an email address: " + e.getMessage(), e);
        }
    }

    /** Line breaks in a subject would let user text add mail headers. */
    static String checkedSubject(String subject) {
        if (subject.length() > MAX_SUBJECT || subject.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A subject has at most " + MAX_SUBJECT + " characters and no control characters");
        }
        return subject.strip();
    }

    static String checkedKind(String kind) {
        if (kind == null || kind.length() > 40 || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("A mail kind is a short lower-case name like password-reset, not " + kind);
        }
        return kind;
    }

    public UUID id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String textBody() {
        return textBody;
    }

    public String htmlBody() {
        return htmlBody;
    }

    public String kind() {
        return kind;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt.toInstant();
    }

    public Instant sentAt() {
        return sentAt == null ? null : sentAt.toInstant();
    }

    public String lastError() {
        return lastError;
    }
}

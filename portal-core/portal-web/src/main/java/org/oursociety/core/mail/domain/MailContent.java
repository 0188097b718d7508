package org.oursociety.core.mail.domain;

/**
 * What a mail says, before it has a recipient: the subject, the plain-text part and the HTML part
 * ({@code null} for a text-only mail). {@code MailTemplates} renders these; {@code MailOutbox} stores them.
 */
public record MailContent(String subject, String textBody, String htmlBody) {

    public MailContent {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A mail needs a subject");
        }
        if (textBody == null || textBody.isBlank()) {
            throw new IllegalArgumentException("A mail needs a plain-text body");
        }
    }
}

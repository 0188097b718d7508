package org.oursociety.portal.api.mail;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One mail a module wants sent: already written in the recipient's language (from the module's own
 * bundles), with absolute links ({@link MailQueue#link}).
 *
 * @param to       the recipient's address
 * @param subject  one line
 * @param textBody the plain-text body; every mail has one
 * @param htmlBody an HTML alternative, or {@code null} for text only
 * @param kind     a short lower-case name for the outbox page's filter, starting with the module's id,
 *                 e.g. {@code forum-mention}
 */
public record ModuleMail(String to, String subject, String textBody, String htmlBody, String kind) {

    private static final Pattern KIND = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ModuleMail {
        Objects.requireNonNull(textBody, "textBody");
        if (to == null || to.isBlank() || !to.contains("@")) {
            throw new IllegalArgumentException("A mail needs a recipient address, not " + to);
        }
        if (subject == null || subject.isBlank() || subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("A mail needs a subject of one line");
        }
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("A mail's kind is lower-case words joined by '-', not " + kind);
        }
    }

    /** A text-only mail. */
    public static ModuleMail text(String to, String subject, String textBody, String kind) {
        return new ModuleMail(to, subject, textBody, null, kind);
    }
}

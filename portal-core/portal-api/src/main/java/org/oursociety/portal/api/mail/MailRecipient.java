package org.oursociety.portal.api.mail;

import java.util.Locale;
import java.util.UUID;

/**
 * A member who can be mailed: their address, the name to greet them by, and the language they chose
 * on their profile (write the mail in it).
 */
public record MailRecipient(UUID userId, String email, String displayName, Locale language) {
}

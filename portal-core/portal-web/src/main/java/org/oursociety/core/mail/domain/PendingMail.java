package org.oursociety.core.mail.domain;

import java.util.UUID;

/** An unsent mail as the worker claims it: what to send, and how often it has failed so far. */
public record PendingMail(UUID id, String recipient, String subject, String textBody, String htmlBody, int attempts) {
}

package org.oursociety.core.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.oursociety.core.identity.domain.UserAccount;
import org.oursociety.core.mail.application.MailOutbox;
import org.oursociety.core.mail.application.MailTemplates;
import org.oursociety.portal.api.mail.MailLimit;

/**
 * The account mails, in the recipient's preferred language, queued in the caller's transaction. Links
 * carry the secret in the query; the mail text is the only place it is ever written in clear.
 */
@ApplicationScoped
public class AccountMails {

    @Inject
    MailOutbox outbox;

    @Inject
    MailTemplates templates;

    /** Mails someone can ask for by typing an address are limited; notices of a change already made are not. */
    @Inject
    MailLimit limit;

    public void confirmAddress(UserAccount user, String secret) {
        if (!limit.allow("registration", user.email())) {
            return;
        }
        send(user, user.email(), "mail.confirm", "/confirm.xhtml?token=" + secret, "registration");
    }

    public void alreadyRegistered(UserAccount user) {
        if (!limit.allow("registration-existing", user.email())) {
            return;
        }
        send(user, user.email(), "mail.alreadyRegistered", "/forgot.xhtml", "registration-existing");
    }

    public void resetPassword(UserAccount user, String secret) {
        if (!limit.allow("password-reset", user.email())) {
            return;
        }
        send(user, user.email(), "mail.reset", "/reset.xhtml?token=" + secret, "password-reset");
    }

    public void passwordChanged(UserAccount user) {
        send(user, user.email(), "mail.passwordChanged", "/forgot.xhtml", "password-changed");
    }

    public void confirmNewAddress(UserAccount user, String newEmail, String secret) {
        if (!limit.allow("email-change", newEmail)) {
            return;
        }
        send(user, newEmail, "mail.changeEmail", "/confirm-email.xhtml?token=" + secret, "email-change");
    }

    /** To the new address when another account already has it; tells that owner, not the requester. */
    public void addressTaken(UserAccount requester, String newEmail) {
        if (!limit.allow("email-change-taken", newEmail)) {
            return;
        }
        // The owner of the new address is someone else: no greeting by the requester's name.
        AccountMessages m = AccountMessages.in(Locale.ENGLISH);
        outbox.enqueue(newEmail, templates.render(Locale.ENGLISH, m.get("mail.addressTaken.subject"),
                m.get("mail.greetingPlain"), m.get("mail.addressTaken.text"), m.get("mail.addressTaken.link"),
                "/forgot.xhtml"), "email-change-taken");
    }

    public void addressChanged(UserAccount user, String oldEmail) {
        Locale locale = Locale.forLanguageTag(user.preferredLanguage());
        AccountMessages m = AccountMessages.in(locale);
        outbox.enqueue(oldEmail, templates.render(locale, m.get("mail.emailChanged.subject"),
                m.get("mail.greeting", user.displayName()), m.get("mail.emailChanged.text", user.email()),
                m.get("mail.emailChanged.link"), "/forgot.xhtml"), "email-changed");
    }

    private void send(UserAccount user, String to, String key, String path, String kind) {
        Locale locale = Locale.forLanguageTag(user.preferredLanguage());
        AccountMessages m = AccountMessages.in(locale);
        outbox.enqueue(to, templates.render(locale, m.get(key + ".subject"), m.get("mail.greeting", user.displayName()),
                m.get(key + ".text"), m.get(key + ".link"), path), kind);
    }
}

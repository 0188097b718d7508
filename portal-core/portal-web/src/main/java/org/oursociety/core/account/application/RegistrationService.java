package org.oursociety.core.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.oursociety.core.account.domain.AccountToken;
import org.oursociety.core.account.domain.TokenPurpose;
import org.oursociety.core.identity.application.PasswordHasher;
import org.oursociety.core.identity.infrastructure.UserRepository;
import org.oursociety.core.identity.domain.UserAccount;
import org.oursociety.core.account.infrastructure.AccountTokenRepository;

/**
 * Joining: register, confirm the address by the mailed link, ask for the link again. Every answer is the
 * same whether or not the address already has an account, so the form does not reveal who is a member;
 * the difference goes only to the owner of the address, by mail.
 */
@ApplicationScoped
public class RegistrationService {

    @Inject
    UserRepository users;

    @Inject
    AccountTokenRepository tokens;

    @Inject
    PasswordHasher passwords;

    @Inject
    AccountMails mails;

    Clock clock = Clock.systemUTC();

    /** What following a confirmation link did. */
    public enum Confirmation {
        CONFIRMED, EXPIRED, USED, UNKNOWN
    }

    /** The outcome of a confirmation link, and whose account it was. */
    public record Confirmed(Confirmation outcome, UUID userId) {
    }

    /**
     * Registers a new, unconfirmed account and mails a confirmation link. When the address has an
     * account already, mails its owner instead: a fresh confirmation link if it is unconfirmed, else a
     * note that someone tried to register with it.
     *
     * @throws org.oursociety.portal.api.rest.Refusal (400 at the fields) before anything is written
     */
    @Transactional
    public void register(String email, String displayName, String password, String language) {
        new AccountInput().email("email", email).displayName("displayName", displayName)
                .newPassword("password", password).language("preferredLanguage", language).check();
        UserAccount user = UserAccount.register(email, displayName, passwords.hash(password));
        if (language != null) {
            user.preferLanguage(language);
        }
        if (users.addIfEmailFree(user)) {
            sendConfirmation(user);
            return;
        }
        users.byEmail(email).ifPresent(existing -> {
            if (existing.isConfirmed()) {
                mails.alreadyRegistered(existing);
            } else {
                sendConfirmation(existing);
            }
        });
    }

    /** Another confirmation link, if the address has an unconfirmed account; otherwise nothing, silently. */
    @Transactional
    public void resendConfirmation(String email) {
        new AccountInput().email("email", email).check();
        users.byEmail(email).filter(u -> !u.isConfirmed()).ifPresent(this::sendConfirmation);
    }

    /** Follows a confirmation link. */
    @Transactional
    public Confirmed confirm(String secret) {
        Optional<AccountToken> found = tokens.bySecret(secret, TokenPurpose.CONFIRM_EMAIL);
        if (found.isEmpty()) {
            return new Confirmed(Confirmation.UNKNOWN, null);
        }
        AccountToken token = found.get();
        switch (token.state(clock.instant())) {
            case EXPIRED -> {
                return new Confirmed(Confirmation.EXPIRED, token.userId());
            }
            case USED -> {
                return new Confirmed(Confirmation.USED, token.userId());
            }
            default -> {
            }
        }
        token.use(clock.instant());
        tokens.withdrawOthers(token, clock.instant());
        users.byId(token.userId()).ifPresent(UserAccount::confirm);
        return new Confirmed(Confirmation.CONFIRMED, token.userId());
    }

    private void sendConfirmation(UserAccount user) {
        AccountToken.Issued issued = AccountToken.issue(user.id(), TokenPurpose.CONFIRM_EMAIL, clock.instant());
        tokens.add(issued.token());
        mails.confirmAddress(user, issued.secret());
    }
}

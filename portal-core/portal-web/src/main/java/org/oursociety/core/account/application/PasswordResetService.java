package org.oursociety.core.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.oursociety.core.account.domain.AccountToken;
import org.oursociety.core.account.domain.TokenPurpose;
import org.oursociety.core.identity.application.PasswordHasher;
import org.oursociety.core.identity.infrastructure.UserRepository;
import org.oursociety.core.identity.domain.UserAccount;
import org.oursociety.core.account.infrastructure.AccountTokenRepository;

/** A forgotten password: a link by mail (valid one hour, usable once) to set a new one. */
@ApplicationScoped
public class PasswordResetService {

    @Inject
    UserRepository users;

    @Inject
    AccountTokenRepository tokens;

    @Inject
    PasswordHasher passwords;

    @Inject
    AccountMails mails;

    Clock clock = Clock.systemUTC();

    /** Mails a reset link if the address has an account; the caller answers the same either way. */
    @Transactional
    public void request(String email) {
        new AccountInput().email("email", email).check();
        users.byEmail(email).ifPresent(user -> {
            AccountToken.Issued issued = AccountToken.issue(user.id(), TokenPurpose.RESET_PASSWORD, clock.instant());
            tokens.add(issued.token());
            mails.resetPassword(user, issued.secret());
        });
    }

    /** Where a reset link stands, for the page that opens it; unknown links count as used. */
    @Transactional
    public AccountToken.State state(String secret) {
        return tokens.peek(secret, TokenPurpose.RESET_PASSWORD).map(t -> t.state(clock.instant()))
                .orElse(AccountToken.State.USED);
    }

    /**
     * Sets the new password and signs the user out everywhere: whoever knew the old password must not
     * stay signed in. Following the link also proves the address, so it confirms the account.
     *
     * @return the token's state before: only {@code VALID} changed anything
     * @throws org.oursociety.portal.api.rest.Refusal (400 at the fields) for a password the policy refuses (the link stays usable)
     */
    @Transactional
    public AccountToken.State complete(String secret, String newPassword) {
        new AccountInput().newPassword("password", newPassword).check();
        Optional<AccountToken> found = tokens.bySecret(secret, TokenPurpose.RESET_PASSWORD);
        Instant now = clock.instant();
        AccountToken.State state = found.map(t -> t.state(now)).orElse(AccountToken.State.USED);
        if (state != AccountToken.State.VALID) {
            return state;
        }
        AccountToken token = found.get();
        UserAccount user = users.byId(token.userId()).orElseThrow();
        token.use(now);
        tokens.withdrawOthers(token, now);
        user.changePasswordHash(passwords.hash(newPassword));
        user.confirm();
        users.revokeSessions(user.id(), null, now);
        mails.passwordChanged(user);
        return AccountToken.State.VALID;
    }
}

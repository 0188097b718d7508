package org.oursociety.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.oursociety.core.identity.domain.UserAccount;
import org.oursociety.core.identity.domain.UserSession;
import org.oursociety.core.identity.infrastructure.UserRepository;
import org.oursociety.portal.api.internal.cache.CacheInvalidation;
import org.oursociety.portal.api.internal.security.SessionPolicy;
import org.oursociety.portal.api.internal.security.SessionTokens;

/** Signing in (password to session token) and signing out everywhere. */
@ApplicationScoped
public class SignInService {

    /** Longer input is refused before hashing, so nobody can make the server hash megabytes. */
    private static final int MAX_PASSWORD_LENGTH = 1024;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher passwords;

    @Inject
    SessionTokens tokens;

    @Inject
    SessionPolicy policy;

    @Inject
    SignInThrottle throttle;

    /**
     * The new session's token, or empty when the email or the password is wrong or the account is
     * disabled (indistinguishably).
     *
     * @throws org.oursociety.portal.api.rest.Refusal (429) before the password is checked, when this email or the client's
     *                                  address has had too many failures
     */
    @Transactional
    public Optional<SessionTokens.Issued> signIn(String email, String password) {
        if (email == null || password == null || password.length() > MAX_PASSWORD_LENGTH) {
            return Optional.empty();
        }
        SignInThrottle.Attempt attempt = throttle.begin(email);
        Optional<SessionTokens.Issued> issued = checkPassword(email, password);
        throttle.finish(attempt, issued.isPresent());
        return issued;
    }

    private Optional<SessionTokens.Issued> checkPassword(String email, String password) {
        Optional<UserAccount> account = users.byEmail(email);
        if (account.isEmpty()) {
            passwords.spendTheSameTime(password);
            return Optional.empty();
        }
        UserAccount user = account.get();
        if (!passwords.matches(password, user.passwordHash()) || !users.lockIfEnabled(user.id())) {
            return Optional.empty();
        }
        if (passwords.needsRehash(user.passwordHash())) {
            user.changePasswordHash(passwords.hash(password));
        }
        Instant now = Instant.now();
        // The row must outlive every token of the session, so that a revocation covers them all.
        UserSession session = new UserSession(user.id(), now, now.plus(policy.maximumSession()).plusSeconds(60));
        users.add(session);
        return Optional.of(tokens.issue(user.id(), user.email(), user.displayName(), user.roles(),
                session.id(), UserSession.randomToken(), user.isConfirmed()));
    }

    /** Ends the session in every WAR (within the revocation list's refresh interval). */
    @Transactional
    public void signOut(String sessionId) {
        users.session(sessionId).ifPresent(s -> s.revoke(Instant.now()));
        CacheInvalidation.changed(CacheInvalidation.Topic.REVOCATIONS);
    }
}

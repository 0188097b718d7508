package org.oursociety.core.account.application;

import org.oursociety.portal.api.rest.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oursociety.core.account.domain.AccountToken;
import org.oursociety.core.account.domain.TokenPurpose;
import org.oursociety.core.account.infrastructure.AccountTokenRepository;
import org.oursociety.core.area.infrastructure.AreaRepository;
import org.oursociety.core.identity.application.PasswordHasher;
import org.oursociety.core.identity.domain.UserAccount;
import org.oursociety.core.identity.infrastructure.UserRepository;
import org.oursociety.portal.api.i18n.LanguagePreferences;

/** A signed-in resident's own account: name, language, home area, password and email address. */
@ApplicationScoped
public class ProfileService {

    @Inject
    UserRepository users;

    @Inject
    LanguagePreferences languages;

    @Inject
    AreaRepository areas;

    @Inject
    AccountTokenRepository tokens;

    @Inject
    PasswordHasher passwords;

    @Inject
    AccountMails mails;

    @Inject
    org.oursociety.portal.api.area.AreaDirectory homeAreas;

    Clock clock = Clock.systemUTC();

    /** What the profile shows. */
    public record Profile(String email, String displayName, boolean confirmed, String preferredLanguage,
                          UUID homeAreaId) {
        static Profile of(UserAccount user) {
            return new Profile(user.email(), user.displayName(), user.isConfirmed(), user.preferredLanguage(),
                    user.homeAreaId());
        }
    }

    /** A choice for the home area. */
    public record AreaChoice(UUID id, String name) {
    }

    /** A change to the profile: {@code null} leaves a field as it is; the home area changes (to {@code homeAreaId}, which may be {@code null}) only when {@code setHomeArea}. */
    public record Changes(String displayName, String preferredLanguage, UUID homeAreaId, boolean setHomeArea) {
    }

    @Transactional
    public Profile profile(UUID userId) {
        return Profile.of(user(userId));
    }

    /** @throws org.oursociety.portal.api.rest.Refusal (400 at the fields) before anything is changed */
    @Transactional
    public Profile update(UUID userId, Changes changes) {
        AccountInput input = new AccountInput();
        if (changes.displayName() != null) {
            input.displayName("displayName", changes.displayName());
        }
        input.language("preferredLanguage", changes.preferredLanguage());
        if (changes.setHomeArea() && changes.homeAreaId() != null && !areaExists(changes.homeAreaId())) {
            input.fail("homeAreaId", "error.homeArea.unknown");
        }
        input.check();
        UserAccount user = user(userId);
        if (changes.displayName() != null) {
            user.rename(changes.displayName());
        }
        if (changes.preferredLanguage() != null) {
            user.preferLanguage(changes.preferredLanguage());
            languages.forget(userId); // pages remember a user's language for 2 s
        }
        if (changes.setHomeArea()) {
            user.liveIn(changes.homeAreaId());
            homeAreas.forgetHomeArea(userId); // the header remembers home areas for 2 s
        }
        return Profile.of(user);
    }

    /**
     * Changes the password when the current one is right, and signs out every other session of the
     * user (this one stays).
     *
     * @throws org.oursociety.portal.api.rest.Refusal (400 at the fields) for a wrong current password or a refused new one; nothing changes
     */
    @Transactional
    public void changePassword(UUID userId, String keepSessionId, String currentPassword, String newPassword) {
        new AccountInput().currentPassword("currentPassword", currentPassword)
                .newPassword("newPassword", newPassword).check();
        UserAccount user = user(userId);
        if (!passwords.matches(currentPassword, user.passwordHash())) {
            throw Refusal.invalid("currentPassword", AccountMessages.message("error.currentPassword.wrong"));
        }
        Instant now = clock.instant();
        user.changePasswordHash(passwords.hash(newPassword));
        users.revokeSessions(userId, keepSessionId, now);
        mails.passwordChanged(user);
    }

    /**
     * Mails a link to the new address; the change takes effect when it is followed. If another account
     * has that address, its owner is told instead, and the requester sees the same answer.
     */
    @Transactional
    public void requestEmailChange(UUID userId, String newEmail) {
        new AccountInput().email("email", newEmail).check();
        UserAccount user = user(userId);
        if (users.byEmail(newEmail).isPresent()) {
            if (!user.email().equals(org.oursociety.core.identity.domain.EmailAddress.normalise(newEmail))) {
                mails.addressTaken(user, org.oursociety.core.identity.domain.EmailAddress.normalise(newEmail));
            }
            return;
        }
        AccountToken.Issued issued = AccountToken.issueEmailChange(userId, newEmail, clock.instant());
        tokens.add(issued.token());
        mails.confirmNewAddress(user, issued.token().newEmail(), issued.secret());
    }

    /** What following an email-change link did. */
    public enum EmailChange {
        CHANGED, EXPIRED, USED, TAKEN
    }

    /** The outcome, and the account whose address changed (for re-signing its token). */
    public record EmailChanged(EmailChange outcome, UUID userId) {
    }

    /** Follows the link sent to a new address: the address becomes the account's; the old one is told. */
    @Transactional
    public EmailChanged confirmEmailChange(String secret) {
        Optional<AccountToken> found = tokens.bySecret(secret, TokenPurpose.CHANGE_EMAIL);
        Instant now = clock.instant();
        if (found.isEmpty()) {
            return new EmailChanged(EmailChange.USED, null);
        }
        AccountToken token = found.get();
        AccountToken.State state = token.state(now);
        if (state != AccountToken.State.VALID) {
            return new EmailChanged(state == AccountToken.State.EXPIRED ? EmailChange.EXPIRED : EmailChange.USED,
                    token.userId());
        }
        // Checked again now: the address may have been registered since the link was sent. Two changes to
        // one address at the very same moment still meet the unique index, which refuses the second.
        if (users.byEmail(token.newEmail()).isPresent()) {
            token.use(now);
            return new EmailChanged(EmailChange.TAKEN, token.userId());
        }
        UserAccount user = user(token.userId());
        String oldEmail = user.email();
        token.use(now);
        tokens.withdrawOthers(token, now);
        user.changeEmail(token.newEmail());
        mails.addressChanged(user, oldEmail);
        return new EmailChanged(EmailChange.CHANGED, user.id());
    }

    /** The areas a resident can choose as home, by name. */
    public List<AreaChoice> areas() {
        return areas.names().stream().map(area -> new AreaChoice(area.id(), area.name())).toList();
    }

    private boolean areaExists(UUID id) {
        return areas.exists(id);
    }

    private UserAccount user(UUID userId) {
        return users.byId(userId).orElseThrow(() -> new IllegalStateException("No account " + userId));
    }
}

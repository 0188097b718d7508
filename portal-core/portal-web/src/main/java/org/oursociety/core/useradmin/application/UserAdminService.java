package org.oursociety.core.useradmin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.oursociety.core.admin.application.PlatformAccess;
import org.oursociety.core.audit.application.AuditLog;
import org.oursociety.core.audit.domain.AuditActions;
import org.oursociety.core.audit.domain.AuditTarget;
import org.oursociety.core.identity.domain.UserAccount;
import org.oursociety.core.identity.infrastructure.UserRepository;
import org.oursociety.core.platform.CoreRefusal;
import org.oursociety.core.platform.Page;
import org.oursociety.core.useradmin.domain.UserSummary;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * What platform admins do to accounts: find, disable, enable, make admin and stop being admin. Who may
 * call this is {@link PlatformAccess}'s decision, asked first in every method; this decides what may
 * be done, and audits it.
 *
 * <p>Every change first locks the rows of all enabled platform admins (in id order, then the target),
 * so two admins acting at once are serialised: neither can remove "the other last admin", and no two
 * changes deadlock. Disabling also revokes every session of the user in the same transaction, so every
 * WAR refuses them within the revocation list's refresh (about 2 seconds). Revoking platform admin
 * revokes their sessions too: their tokens carry the role, and a new sign-in gives a token without it.
 * Granting takes effect at their next sign-in.
 */
@ApplicationScoped
public class UserAdminService {

    public static final int PAGE_SIZE = 25;
    public static final int MAX_QUERY = 254;

    @Inject
    UserRepository users;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlatformAccess platform;

    Clock clock = Clock.systemUTC();

    /**
     * Users whose email or name contains {@code query} (any case), by email.
     *
     * @throws IllegalArgumentException when the query is too long
     */
    public Page<UserSummary> search(String query, int page) {
        platform.require(currentUser.user().orElse(null));
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.length() > MAX_QUERY) {
            throw new IllegalArgumentException("The search must be at most " + MAX_QUERY + " characters.");
        }
        Page<UserAccount> found = users.search(q, page, PAGE_SIZE);
        return new Page<>(found.items().stream().map(UserSummary::of).toList(), found.page(), found.pageSize(),
                found.total());
    }

    /** Stops the user signing in and ends all their sessions; refuses yourself and the last admin. */
    @Transactional
    public UserSummary disable(UUID id) {
        platform.require(currentUser.user().orElse(null));
        UserAccount user = lockForChange(id);
        if (currentUser.user().map(u -> u.id().equals(id)).orElse(false)) {
            throw CoreRefusal.conflict("user.disabling-yourself");
        }
        if (user.isDisabled()) {
            return UserSummary.of(user);
        }
        requireAnotherAdmin(user);
        Instant now = clock.instant();
        user.disable(now);
        int revoked = users.revokeSessions(id, now);
        audit.record(AuditActions.USER_DISABLED, target(user), Map.of("sessionsRevoked", Integer.toString(revoked)));
        return UserSummary.of(user);
    }

    @Transactional
    public UserSummary enable(UUID id) {
        platform.require(currentUser.user().orElse(null));
        UserAccount user = lockForChange(id);
        if (user.isDisabled()) {
            user.enable();
            audit.record(AuditActions.USER_ENABLED, target(user), null);
        }
        return UserSummary.of(user);
    }

    @Transactional
    public UserSummary grantPlatformAdmin(UUID id) {
        platform.require(currentUser.user().orElse(null));
        UserAccount user = lockForChange(id);
        if (!user.isPlatformAdmin()) {
            user.grantPlatformAdmin();
            audit.record(AuditActions.ADMIN_GRANTED, target(user), null);
        }
        return UserSummary.of(user);
    }

    @Transactional
    public UserSummary revokePlatformAdmin(UUID id) {
        platform.require(currentUser.user().orElse(null));
        UserAccount user = lockForChange(id);
        if (user.isPlatformAdmin()) {
            requireAnotherAdmin(user);
            user.revokePlatformAdmin();
            int revoked = users.revokeSessions(id, clock.instant());
            audit.record(AuditActions.ADMIN_REVOKED, target(user), Map.of("sessionsRevoked", Integer.toString(revoked)));
        }
        return UserSummary.of(user);
    }

    private UserAccount lockForChange(UUID id) {
        lockEnabledAdmins();
        return users.lockForChange(id).orElseThrow(() -> CoreRefusal.notFound("user.not-found"));
    }

    /** Refuses a change that would take away the last enabled platform admin. */
    private void requireAnotherAdmin(UserAccount user) {
        if (user.isPlatformAdmin() && !user.isDisabled() && lockEnabledAdmins() <= 1) {
            throw CoreRefusal.conflict("user.last-admin");
        }
    }

    private int lockEnabledAdmins() {
        return users.lockEnabledAdmins();
    }

    private static AuditTarget target(UserAccount user) {
        return AuditTarget.of("user", user.id(), user.email());
    }
}

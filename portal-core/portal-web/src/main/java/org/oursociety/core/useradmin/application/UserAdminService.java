package org.oursociety.core.useradmin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.oursociety.core.audit.application.AuditLog;
import org.oursociety.core.audit.domain.AuditActions;
import org.oursociety.core.audit.domain.AuditTarget;
import org.oursociety.core.identity.infrastructure.UserRepository;
import org.oursociety.core.identity.domain.UserAccount;
import org.oursociety.core.platform.Page;
import org.oursociety.core.useradmin.domain.UserSummary;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.core.platform.CoreRefusal;
import org.oursociety.core.admin.application.PlatformAccess;

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

    @PersistenceContext(unitName = "core")
    EntityManager em;

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
        String pattern = "%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        String where = " where lower(u.email) like :q escape '!' or lower(u.displayName) like :q escape '!'";
        long total = em.createQuery("select count(u) from UserAccount u" + where, Long.class)
                .setParameter("q", pattern).getSingleResult();
        List<UserSummary> items = em.createQuery("select u from UserAccount u" + where + " order by u.email",
                        UserAccount.class)
                .setParameter("q", pattern)
                .setFirstResult(page * PAGE_SIZE).setMaxResults(PAGE_SIZE)
                .getResultStream().map(UserSummary::of).toList();
        return new Page<>(items, page, PAGE_SIZE, total);
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
        UserAccount user = em.find(UserAccount.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            throw CoreRefusal.notFound("user.not-found");
        }
        return user;
    }

    /** Refuses a change that would take away the last enabled platform admin. */
    private void requireAnotherAdmin(UserAccount user) {
        if (user.isPlatformAdmin() && !user.isDisabled() && lockEnabledAdmins() <= 1) {
            throw CoreRefusal.conflict("user.last-admin");
        }
    }

    /** Locks (until the transaction ends) and counts the enabled platform admins. */
    private int lockEnabledAdmins() {
        return em.createNativeQuery("select id from core.user_account where platform_admin and disabled_at is null"
                + " order by id for update").getResultList().size();
    }

    private static AuditTarget target(UserAccount user) {
        return AuditTarget.of("user", user.id(), user.email());
    }
}

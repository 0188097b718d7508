package org.oursociety.core.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oursociety.core.identity.domain.EmailAddress;
import org.oursociety.core.identity.domain.UserAccount;
import org.oursociety.core.identity.domain.UserSession;
import org.oursociety.core.platform.Page;
import org.oursociety.portal.api.internal.cache.CacheInvalidation;

/** Accounts and sessions in the core schema. */
@ApplicationScoped
public class UserRepository {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    public Optional<UserAccount> byEmail(String email) {
        return em.createQuery("select u from UserAccount u where u.email = :email", UserAccount.class)
                .setParameter("email", EmailAddress.normalise(email))
                .getResultStream().findFirst();
    }

    public Optional<UserAccount> byId(UUID id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    public void add(UserAccount user) {
        em.persist(user);
    }

    public void add(UserSession session) {
        em.persist(session);
    }

    /**
     * Locks the account's row until the transaction ends and says whether it is enabled. Signing in
     * takes this lock before it adds a session, and disabling takes it before it revokes them, so a
     * sign-in racing a disable either sees the account disabled or has its new session revoked.
     */
    public boolean lockIfEnabled(UUID id) {
        List<?> rows = em.createNativeQuery(
                        "select disabled_at is null from core.user_account where id = ? for no key update")
                .setParameter(1, id)
                .getResultList();
        return !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0));
    }

    /** Revokes every unrevoked session of the user; answers how many. */
    public int revokeSessions(UUID userId, Instant now) {
        int revoked = em.createQuery("update UserSession s set s.revokedAt = :now where s.userId = :user and s.revokedAt is null")
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setParameter("user", userId)
                .executeUpdate();
        CacheInvalidation.changed(CacheInvalidation.Topic.REVOCATIONS);
        return revoked;
    }

    public Optional<UserSession> session(String id) {
        return Optional.ofNullable(em.find(UserSession.class, id));
    }

    /**
     * Inserts a new account unless one has its email; {@code false} if one has. {@code on conflict do
     * nothing} rather than persist and catch: two registrations racing for one address (a double-clicked
     * form) end with one account, the second waits for the first and then does nothing, and no
     * transaction is left marked for rollback. A new account has no home area yet.
     */
    public boolean addIfEmailFree(UserAccount user) {
        return em.createNativeQuery("insert into core.user_account (id, email, display_name, password_hash, confirmed,"
                        + " platform_admin, created_at, version, preferred_language)"
                        + " values (?, ?, ?, ?, ?, ?, ?, 0, ?) on conflict (email) do nothing")
                .setParameter(1, user.id().toString())
                .setParameter(2, user.email())
                .setParameter(3, user.displayName())
                .setParameter(4, user.passwordHash())
                .setParameter(5, user.isConfirmed())
                .setParameter(6, user.isPlatformAdmin())
                .setParameter(7, user.createdAt())
                .setParameter(8, user.preferredLanguage())
                .executeUpdate() == 1;
    }

    /** Ends every unrevoked session of the user but {@code keep} (null: all of them), in every WAR. */
    public int revokeSessions(UUID userId, String keep, java.time.Instant now) {
        int revoked = em.createQuery("update UserSession s set s.revokedAt = :now where s.userId = :user"
                        + " and s.revokedAt is null and s.id <> :keep")
                .setParameter("now", now.atOffset(java.time.ZoneOffset.UTC))
                .setParameter("user", userId)
                .setParameter("keep", keep == null ? "" : keep)
                .executeUpdate();
        CacheInvalidation.changed(CacheInvalidation.Topic.REVOCATIONS);
        return revoked;
    }

    /** Accounts whose email or name contains {@code query} (already lower case), by email: one page and the total. */
    public Page<UserAccount> search(String query, int page, int pageSize) {
        String pattern = "%" + query.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        String where = " where lower(u.email) like :q escape '!' or lower(u.displayName) like :q escape '!'";
        long total = em.createQuery("select count(u) from UserAccount u" + where, Long.class)
                .setParameter("q", pattern).getSingleResult();
        List<UserAccount> items = em.createQuery("select u from UserAccount u" + where + " order by u.email",
                        UserAccount.class)
                .setParameter("q", pattern)
                .setFirstResult(page * pageSize).setMaxResults(pageSize)
                .getResultList();
        return new Page<>(items, page, pageSize, total);
    }

    /** The account, locked for change until the transaction ends. */
    public Optional<UserAccount> lockForChange(UUID id) {
        return Optional.ofNullable(em.find(UserAccount.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Locks (until the transaction ends, in id order so that two changes never deadlock) and counts the
     * enabled platform admins.
     */
    public int lockEnabledAdmins() {
        return em.createNativeQuery("select id from core.user_account where platform_admin and disabled_at is null"
                + " order by id for update").getResultList().size();
    }
}

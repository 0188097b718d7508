package org.oursociety.core.account.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.oursociety.core.account.domain.AccountToken;
import org.oursociety.core.account.domain.TokenPurpose;

/** Mailed links in {@code core.account_token}, found by the hash of their secret. */
@ApplicationScoped
public class AccountTokenRepository {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    public void add(AccountToken token) {
        em.persist(token);
    }

    /**
     * The token for a secret from a link, locked: two clicks on one link at the same moment must not
     * both spend it (the second waits, then finds it used).
     */
    public Optional<AccountToken> bySecret(String secret, TokenPurpose purpose) {
        if (!AccountToken.isWellFormed(secret)) {
            return Optional.empty();
        }
        return em.createQuery("select t from AccountToken t where t.tokenHash = :hash and t.purpose = :purpose",
                        AccountToken.class)
                .setParameter("hash", AccountToken.hash(secret))
                .setParameter("purpose", purpose)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** The token without a lock, to show a page for it. */
    public Optional<AccountToken> peek(String secret, TokenPurpose purpose) {
        if (!AccountToken.isWellFormed(secret)) {
            return Optional.empty();
        }
        return em.createQuery("select t from AccountToken t where t.tokenHash = :hash and t.purpose = :purpose",
                        AccountToken.class)
                .setParameter("hash", AccountToken.hash(secret))
                .setParameter("purpose", purpose)
                .getResultStream().findFirst();
    }

    /** Once one link of a kind has been used, the user's other unused links of that kind stop working. */
    public void withdrawOthers(AccountToken used, Instant now) {
        em.createQuery("select t from AccountToken t where t.userId = :user and t.purpose = :purpose"
                        + " and t.usedAt is null and t.id <> :id", AccountToken.class)
                .setParameter("user", used.userId())
                .setParameter("purpose", used.purpose())
                .setParameter("id", used.id())
                .getResultStream().forEach(t -> t.withdraw(now));
    }

    public long countFor(UUID userId, TokenPurpose purpose) {
        return em.createQuery("select count(t) from AccountToken t where t.userId = :user and t.purpose = :purpose",
                        Long.class)
                .setParameter("user", userId).setParameter("purpose", purpose).getSingleResult();
    }
}

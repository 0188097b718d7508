package org.oursociety.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.oursociety.core.identity.domain.EmailAddress;
import org.oursociety.core.identity.domain.UserAccount;
import org.oursociety.core.identity.domain.UserSession;

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

    public Optional<UserSession> session(String id) {
        return Optional.ofNullable(em.find(UserSession.class, id));
    }
}

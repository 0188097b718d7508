package org.oursociety.portal.api.internal.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oursociety.portal.api.internal.security.AccountConfirmations;
import org.oursociety.portal.api.internal.security.RevocationList;
import org.oursociety.portal.api.internal.security.SessionPolicy;
import org.oursociety.portal.api.internal.security.SessionTokens;
import org.oursociety.portal.api.internal.security.SigningKeys;

/** Wires the sign-in check of every WAR to the shared datasource and configuration. */
@ApplicationScoped
public class SecurityProducer {

    @Resource(lookup = "jdbc/portal")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "portal.session.token-minutes", defaultValue = "30")
    private long tokenMinutes;

    @Inject
    @ConfigProperty(name = "portal.session.max-hours", defaultValue = "12")
    private long maxHours;

    @Produces
    @Singleton
    SigningKeys signingKeys() {
        return new SigningKeys(dataSource, Clock.systemUTC());
    }

    @Produces
    @Singleton
    SessionPolicy sessionPolicy() {
        Duration lifetime = Duration.ofMinutes(Math.max(2, tokenMinutes));
        return new SessionPolicy(lifetime, lifetime.dividedBy(6), Duration.ofHours(Math.max(1, maxHours)));
    }

    @Produces
    @Singleton
    SessionTokens sessionTokens(SigningKeys keys, SessionPolicy policy) {
        return new SessionTokens(keys, policy, Clock.systemUTC());
    }

    @Produces
    @Singleton
    AccountConfirmations accountConfirmations() {
        return new AccountConfirmations(dataSource);
    }

    @Produces
    @Singleton
    RevocationList revocationList() {
        return new RevocationList(dataSource, Clock.systemUTC(), Duration.ofSeconds(2));
    }
}

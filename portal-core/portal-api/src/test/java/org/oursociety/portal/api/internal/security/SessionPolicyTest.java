package org.oursociety.portal.api.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.internal.security.SessionPolicy;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.security.Roles;

class SessionPolicyTest {

    private static final Instant SIGN_IN = Instant.parse("2025-03-01T09:00:00Z");
    private final SessionPolicy policy = new SessionPolicy(Duration.ofMinutes(30), Duration.ofMinutes(5), Duration.ofHours(2));

    @Test
    void aTokenLivesForTheTokenLifetimeEarlyInTheSession() {
        Instant now = SIGN_IN.plus(Duration.ofMinutes(10));
        assertThat(policy.expiryFor(SIGN_IN, now)).isEqualTo(now.plus(Duration.ofMinutes(30)));
    }

    @Test
    void expiryIsCappedByTheMaximumSessionFromSignIn() {
        Instant now = SIGN_IN.plus(Duration.ofMinutes(100));
        assertThat(policy.expiryFor(SIGN_IN, now)).isEqualTo(SIGN_IN.plus(Duration.ofHours(2)));
        assertThat(policy.expiryFor(SIGN_IN, SIGN_IN.plus(Duration.ofHours(5)))).isEqualTo(SIGN_IN.plus(Duration.ofHours(2)));
    }

    @Test
    void aFreshTokenIsNotRefreshed() {
        PortalUser user = userIssuedAt(SIGN_IN);
        assertThat(policy.shouldRefresh(user, SIGN_IN)).isFalse();
        assertThat(policy.shouldRefresh(user, SIGN_IN.plus(Duration.ofMinutes(4)))).isFalse();
    }

    @Test
    void aTokenOlderThanRefreshAfterIsRefreshed() {
        PortalUser user = userIssuedAt(SIGN_IN);
        assertThat(policy.shouldRefresh(user, SIGN_IN.plus(Duration.ofMinutes(6)))).isTrue();
    }

    @Test
    void aTokenAlreadyAtTheHardLimitIsNotRefreshedSinceANewOneCouldNotLiveLonger() {
        Instant issued = SIGN_IN.plus(Duration.ofMinutes(100));
        PortalUser user = new PortalUser(UUID.randomUUID(), "ann@example.org", "Ann", Set.of(), "sid", "csrf",
                SIGN_IN, issued, policy.expiryFor(SIGN_IN, issued));
        assertThat(user.expiresAt()).isEqualTo(SIGN_IN.plus(Duration.ofHours(2)));

        assertThat(policy.shouldRefresh(user, issued.plus(Duration.ofMinutes(10)))).isFalse();
    }

    @Test
    void defaultsRefreshLongBeforeATokenExpiresAndEndASessionWithinADay() {
        SessionPolicy defaults = SessionPolicy.defaults();
        assertThat(defaults.refreshAfter()).isPositive().isLessThan(defaults.tokenLifetime());
        assertThat(defaults.tokenLifetime()).isLessThan(defaults.maximumSession());
        assertThat(defaults.maximumSession()).isLessThanOrEqualTo(Duration.ofDays(1));
    }

    private PortalUser userIssuedAt(Instant issued) {
        return new PortalUser(UUID.randomUUID(), "ann@example.org", "Ann", Set.of(Roles.RESIDENT), "sid", "csrf",
                SIGN_IN, issued, policy.expiryFor(SIGN_IN, issued));
    }
}

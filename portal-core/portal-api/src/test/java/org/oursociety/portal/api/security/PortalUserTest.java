package org.oursociety.portal.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PortalUserTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    @Test
    void rolesCannotBeChangedAfterwardsThroughTheSetItWasBuiltFrom() {
        Set<String> roles = new HashSet<>(Set.of(Roles.RESIDENT));
        PortalUser user = new PortalUser(UUID.randomUUID(), "ann@example.org", "Ann", roles, "sid", "csrf", T0, T0, T0);
        roles.add(Roles.PLATFORM_ADMIN);

        assertThat(user.hasRole(Roles.RESIDENT)).isTrue();
        assertThat(user.hasRole(Roles.PLATFORM_ADMIN)).isFalse();
        assertThatThrownBy(() -> user.roles().add(Roles.PLATFORM_ADMIN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aReissuedTokenKeepsTheSessionAndTheSignInTime() {
        PortalUser user = new PortalUser(UUID.randomUUID(), "ann@example.org", "Ann", Set.of(Roles.RESIDENT), "sid", "csrf",
                T0, T0, T0.plusSeconds(1800));
        PortalUser renewed = user.reissued(T0.plusSeconds(600), T0.plusSeconds(2400));

        assertThat(renewed.sessionId()).isEqualTo("sid");
        assertThat(renewed.csrfToken()).isEqualTo("csrf");
        assertThat(renewed.authenticatedAt()).isEqualTo(T0);
        assertThat(renewed.issuedAt()).isEqualTo(T0.plusSeconds(600));
        assertThat(renewed.expiresAt()).isEqualTo(T0.plusSeconds(2400));
        assertThat(renewed.id()).isEqualTo(user.id());
        assertThat(renewed.roles()).isEqualTo(user.roles());
    }

    @Test
    void aUserWithoutSessionIdIsRefused() {
        assertThatThrownBy(() -> new PortalUser(UUID.randomUUID(), "ann@example.org", "Ann", Set.of(), null, "csrf", T0, T0, T0))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("sessionId");
    }
}

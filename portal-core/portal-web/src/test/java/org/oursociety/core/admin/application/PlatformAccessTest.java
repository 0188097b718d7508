package org.oursociety.core.admin.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oursociety.core.identity.domain.UserAccount;
import org.oursociety.core.identity.infrastructure.UserRepository;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.security.Roles;

/** Platform decisions trust the token's role only while the account still is an enabled platform admin. */
class PlatformAccessTest {

    private final Map<UUID, UserAccount> accounts = new HashMap<>();
    private final PlatformAccess platform = new PlatformAccess(new UserRepository() {
        @Override
        public Optional<UserAccount> byId(UUID id) {
            return Optional.ofNullable(accounts.get(id));
        }
    });

    @Test
    void anEnabledPlatformAdminWithTheRoleInTheTokenMayRunThePlatform() {
        UserAccount admin = UserAccount.platformAdministrator("ada@example.org", "Ada", "hash");
        accounts.put(admin.id(), admin);

        assertThat(platform.isPlatformAdmin(token(admin, Roles.RESIDENT, Roles.PLATFORM_ADMIN))).isTrue();
        assertThat(platform.isPlatformAdmin(token(admin, Roles.RESIDENT))).as("not without the role in the token")
                .isFalse();
    }

    @Test
    void aTokenFromBeforeARevocationOrADisablingGivesNothing() {
        UserAccount revoked = UserAccount.platformAdministrator("rev@example.org", "Rev", "hash");
        revoked.revokePlatformAdmin();
        UserAccount disabled = UserAccount.platformAdministrator("dis@example.org", "Dis", "hash");
        disabled.disable(Instant.now());
        accounts.put(revoked.id(), revoked);
        accounts.put(disabled.id(), disabled);

        assertThat(platform.isPlatformAdmin(token(revoked, Roles.PLATFORM_ADMIN))).isFalse();
        assertThat(platform.isPlatformAdmin(token(disabled, Roles.PLATFORM_ADMIN))).isFalse();
        assertThat(platform.isPlatformAdmin(null)).isFalse();
    }

    @Test
    void requireRefuses401WithoutSignInAnd403ForOthersInTheApisWords() {
        UserAccount resident = UserAccount.register("res@example.org", "Res", "hash");
        accounts.put(resident.id(), resident);

        assertThatThrownBy(() -> platform.require(null)).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.UNAUTHENTICATED));
        assertThatThrownBy(() -> platform.require(token(resident, Roles.RESIDENT))).isInstanceOfSatisfying(
                Refusal.class, r -> assertThat(r.toProblem(Locale.ENGLISH).detail())
                        .isEqualTo("Only platform administrators may use this."));
    }

    private static PortalUser token(UserAccount account, String... roles) {
        Instant now = Instant.now();
        return new PortalUser(account.id(), account.email(), account.displayName(), Set.of(roles), "s", "csrf", now,
                now, now.plusSeconds(600), true);
    }
}

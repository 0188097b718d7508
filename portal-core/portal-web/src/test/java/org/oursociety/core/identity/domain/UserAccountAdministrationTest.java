package org.oursociety.core.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.security.Roles;

/** What platform admins do to an account (kept apart from UserAccountTest, which the accounts work extends). */
class UserAccountAdministrationTest {

    @Test
    void disablingAndEnablingAnAccount() {
        UserAccount ann = UserAccount.register("ann@example.org", "Ann", "hash");

        ann.disable(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(ann.isDisabled()).isTrue();
        ann.enable();
        assertThat(ann.isDisabled()).isFalse();
    }

    @Test
    void grantingAndRevokingPlatformAdminChangesTheRolesOfTheNextToken() {
        UserAccount ann = UserAccount.register("ann@example.org", "Ann", "hash");

        ann.grantPlatformAdmin();
        assertThat(ann.roles()).containsExactly(Roles.RESIDENT, Roles.PLATFORM_ADMIN);
        ann.revokePlatformAdmin();
        assertThat(ann.roles()).containsExactly(Roles.RESIDENT);
    }
}

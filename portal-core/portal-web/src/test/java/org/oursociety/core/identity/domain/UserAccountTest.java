package org.oursociety.core.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.security.Roles;

class UserAccountTest {

    @Test
    void aRegisteredResidentIsUnconfirmedAndOnlyAResident() {
        UserAccount ann = UserAccount.register("ann@example.org", "Ann", "hash");

        assertThat(ann.roles()).containsExactly(Roles.RESIDENT);
        assertThat(ann.isConfirmed()).isFalse();
        assertThat(ann.isPlatformAdmin()).isFalse();
        assertThat(ann.id()).isNotNull();
        assertThat(ann.passwordHash()).isEqualTo("hash");
    }

    @Test
    void confirmingMarksTheAddressConfirmedWithoutGrantingRoles() {
        UserAccount ann = UserAccount.register("ann@example.org", "Ann", "hash");
        ann.confirm();

        assertThat(ann.isConfirmed()).isTrue();
        assertThat(ann.roles()).containsExactly(Roles.RESIDENT);
    }

    @Test
    void thePlatformAdministratorIsConfirmedAndHasBothRoles() {
        UserAccount admin = UserAccount.platformAdministrator("admin@council.example", "Admin", "hash");

        assertThat(admin.roles()).containsExactlyInAnyOrder(Roles.RESIDENT, Roles.PLATFORM_ADMIN);
        assertThat(admin.isConfirmed()).isTrue();
        assertThat(admin.isPlatformAdmin()).isTrue();
    }

    @Test
    void theEmailIsKeptNormalised() {
        assertThat(UserAccount.register("  Ann@Example.ORG ", "Ann", "hash").email()).isEqualTo("ann@example.org");
    }

    @Test
    void anImplausibleEmailIsRefused() {
        assertThatThrownBy(() -> UserAccount.register("ann-at-example.org", "Ann", "hash"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserAccount.register(null, "Ann", "hash"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDisplayNameIsStrippedAndHasOneToEightyCharacters() {
        assertThat(UserAccount.register("ann@example.org", "  Ann Example ", "h").displayName()).isEqualTo("Ann Example");
        String eighty = "x".repeat(UserAccount.MAX_DISPLAY_NAME);
        assertThat(UserAccount.register("ann@example.org", " " + eighty + " ", "h").displayName()).isEqualTo(eighty);

        assertThatThrownBy(() -> UserAccount.register("ann@example.org", eighty + "x", "h"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("80");
        assertThatThrownBy(() -> UserAccount.register("ann@example.org", "   ", "h"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserAccount.register("ann@example.org", null, "h"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyAccountHasItsOwnId() {
        assertThat(UserAccount.register("a@example.org", "A", "h").id())
                .isNotEqualTo(UserAccount.register("a@example.org", "A", "h").id());
    }
}

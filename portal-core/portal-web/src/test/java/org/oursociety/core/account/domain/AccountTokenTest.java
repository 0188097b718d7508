package org.oursociety.core.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountTokenTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final UUID USER = UUID.randomUUID();

    @Test
    void aConfirmationLinkWorksForTwentyFourHoursAndAResetLinkForOne() {
        AccountToken confirm = AccountToken.issue(USER, TokenPurpose.CONFIRM_EMAIL, T0).token();
        AccountToken reset = AccountToken.issue(USER, TokenPurpose.RESET_PASSWORD, T0).token();

        assertThat(confirm.state(T0.plus(Duration.ofHours(24)).minusSeconds(1))).isEqualTo(AccountToken.State.VALID);
        assertThat(confirm.state(T0.plus(Duration.ofHours(24)))).isEqualTo(AccountToken.State.EXPIRED);
        assertThat(reset.state(T0.plus(Duration.ofMinutes(59)))).isEqualTo(AccountToken.State.VALID);
        assertThat(reset.state(T0.plus(Duration.ofHours(1)))).isEqualTo(AccountToken.State.EXPIRED);
    }

    @Test
    void aLinkWorksOnce() {
        AccountToken token = AccountToken.issue(USER, TokenPurpose.RESET_PASSWORD, T0).token();
        token.use(T0.plusSeconds(60));

        assertThat(token.state(T0.plusSeconds(61))).isEqualTo(AccountToken.State.USED);
        assertThatThrownBy(() -> token.use(T0.plusSeconds(62))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anExpiredLinkCannotBeUsed() {
        AccountToken token = AccountToken.issue(USER, TokenPurpose.RESET_PASSWORD, T0).token();

        assertThatThrownBy(() -> token.use(T0.plus(Duration.ofHours(2)))).isInstanceOf(IllegalStateException.class);
        assertThat(token.state(T0.plus(Duration.ofHours(2)))).isEqualTo(AccountToken.State.EXPIRED);
    }

    @Test
    void onlyTheHashOfTheSecretIsKeptAndSecretsAreUnguessable() {
        AccountToken.Issued a = AccountToken.issue(USER, TokenPurpose.CONFIRM_EMAIL, T0);
        AccountToken.Issued b = AccountToken.issue(USER, TokenPurpose.CONFIRM_EMAIL, T0);

        assertThat(a.secret()).hasSize(43).isNotEqualTo(b.secret());
        assertThat(AccountToken.isWellFormed(a.secret())).isTrue();
        assertThat(AccountToken.hash(a.secret())).hasSize(64).isNotEqualTo(a.secret())
                .isEqualTo(AccountToken.hash(a.secret()));
        assertThat(AccountToken.isWellFormed("../../etc")).isFalse();
    }

    @Test
    void anEmailChangeNamesAPlausibleNewAddress() {
        assertThat(AccountToken.issueEmailChange(USER, " New@Example.org ", T0).token().newEmail()).isEqualTo("new@example.org");
        assertThatThrownBy(() -> AccountToken.issueEmailChange(USER, "nope", T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccountToken.issue(USER, TokenPurpose.CHANGE_EMAIL, T0)).isInstanceOf(IllegalArgumentException.class);
    }
}

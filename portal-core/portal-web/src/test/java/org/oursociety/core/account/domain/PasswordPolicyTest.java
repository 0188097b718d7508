package org.oursociety.core.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void theShippedListHasTheTenThousandMostCommonPasswords() {
        assertThat(policy.commonCount()).isEqualTo(10_000);
    }

    @Test
    void aLongUncommonPasswordIsAcceptedWithoutCompositionRules() {
        assertThat(policy.check("tiny ember cobalt fjord")).isEmpty();
        assertThat(policy.check("alllowercaseletters")).isEmpty();
    }

    @Test
    void lengthIsCountedInCodePointsFromTenToOneHundredTwentyEight() {
        assertThat(policy.check("nine char")).contains(PasswordPolicy.Problem.TOO_SHORT);
        assertThat(policy.check(null)).contains(PasswordPolicy.Problem.TOO_SHORT);
        // Nine emoji are eighteen chars in Java but nine characters to the resident.
        assertThat(policy.check("\uD83D\uDE00".repeat(9))).contains(PasswordPolicy.Problem.TOO_SHORT);
        // Long enough, though ten of one emoji is a repeat that nbvcxz refuses as easy to guess.
        assertThat(policy.check("\uD83D\uDE00".repeat(10))).contains(PasswordPolicy.Problem.TOO_WEAK);
        assertThat(policy.check("\uD83C\uDF4E\uD83D\uDEB2\uD83C\uDF27\uD83C\uDFBB\uD83E\uDD89"
                + "\uD83E\uDDED\uD83E\uDE81\uD83E\uDD55\uD83C\uDFD4\uD83D\uDE42")).isEmpty();
        assertThat(policy.check("tiny ember cobalt fjord ".repeat(6).substring(0, 128))).isEmpty();
        assertThat(policy.check("x".repeat(128) + "y")).contains(PasswordPolicy.Problem.TOO_LONG);
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertThat(policy.check("1234567890")).contains(PasswordPolicy.Problem.TOO_COMMON);
        assertThat(policy.check("qwertyuiop")).contains(PasswordPolicy.Problem.TOO_COMMON);
        assertThat(policy.check("QwertyUIOP")).contains(PasswordPolicy.Problem.TOO_COMMON);
    }
}

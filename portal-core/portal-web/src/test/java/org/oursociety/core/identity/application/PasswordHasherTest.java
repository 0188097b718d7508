package org.oursociety.core.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void aHashWithFewerIterationsThanWantedNeedsRehashing() {
        assertThat(PasswordHasher.needsRehash("PBKDF2WithHmacSHA256:100000:c2FsdA==:aGFzaA==", 210_000)).isTrue();
        assertThat(PasswordHasher.needsRehash("PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA==", 210_000)).isFalse();
        assertThat(PasswordHasher.needsRehash("PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA==", 600_000)).isTrue();
    }

    @Test
    void anUnknownFormatIsRehashed() {
        assertThat(PasswordHasher.needsRehash("PBKDF2WithHmacSHA1:999999:c2FsdA==:aGFzaA==", 210_000)).isTrue();
        assertThat(PasswordHasher.needsRehash("garbage", 210_000)).isTrue();
        assertThat(PasswordHasher.needsRehash(null, 210_000)).isTrue();
    }
}

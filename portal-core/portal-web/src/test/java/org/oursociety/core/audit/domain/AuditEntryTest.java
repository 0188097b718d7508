package org.oursociety.core.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    @Test
    void actionsAreFeatureDotVerbInLowerCase() {
        assertThat(entry("area.role-granted").action()).isEqualTo("area.role-granted");
        assertThatThrownBy(() -> entry("Disabled")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> entry("user disabled")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> entry(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAnonymousActorHasNoEmailOrName() {
        assertThat(new AuditEntry(UUID.randomUUID(), OffsetDateTime.now(), null, "signin.locked", null, null, null)
                .actor().isNobody()).isTrue();
        assertThatThrownBy(() -> new AuditActor(null, "someone@example.org", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static AuditEntry entry(String action) {
        return new AuditEntry(UUID.randomUUID(), OffsetDateTime.now(), AuditActor.NOBODY, action, null, null, null);
    }
}

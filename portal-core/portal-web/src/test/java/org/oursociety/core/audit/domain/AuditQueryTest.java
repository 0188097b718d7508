package org.oursociety.core.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    @Test
    void aDateRangeCoversWholeUtcDaysWithTheEndDayIncluded() {
        AuditQuery q = AuditQuery.parse(null, null, null, "2026-03-01", "2026-03-01");

        assertThat(q.from()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(q.until()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
    }

    @Test
    void takesExactTimesWithAnOffset() {
        AuditQuery q = AuditQuery.parse(null, null, null, "2026-03-01T12:00:00+01:00", null);

        assertThat(q.from()).isEqualTo(Instant.parse("2026-03-01T11:00:00Z"));
        assertThat(q.until()).isNull();
    }

    @Test
    void blankFiltersMeanAnything() {
        assertThat(AuditQuery.parse(" ", "", null, "", " ")).isEqualTo(AuditQuery.ALL);
    }

    @Test
    void badInputNamesTheParameterAtFault() {
        assertThatThrownBy(() -> AuditQuery.parse(null, null, null, "yesterday", null))
                .isInstanceOfSatisfying(AuditQuery.Invalid.class, e -> assertThat(e.field()).isEqualTo("from"))
                .hasMessageContaining("\"from\"");
        assertThatThrownBy(() -> AuditQuery.parse(null, null, null, "2026-03-02", "2026-03-01"))
                .isInstanceOfSatisfying(AuditQuery.Invalid.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> AuditQuery.parse(null, "x".repeat(255), null, null, null))
                .isInstanceOfSatisfying(AuditQuery.Invalid.class, e -> assertThat(e.field()).isEqualTo("actor"));
    }
}

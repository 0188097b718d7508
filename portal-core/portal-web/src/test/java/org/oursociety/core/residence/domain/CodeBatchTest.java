package org.oursociety.core.residence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CodeBatchTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final UUID area = UUID.randomUUID();
    private final UUID admin = UUID.randomUUID();

    @Test
    void aBatchHoldsTheHashesOfTheCodesItHandsOutOnce() {
        CodeBatch.Issued issued = CodeBatch.issue(area, admin, 50, 30, NOW);

        assertThat(issued.codes()).hasSize(50).doesNotHaveDuplicates();
        assertThat(issued.batch().count()).isEqualTo(50);
        assertThat(issued.batch().hashes()).containsExactlyElementsOf(issued.codes().stream().map(VotingCode::hash).toList());
        assertThat(issued.batch().hashes()).noneMatch(issued.codes()::contains);
        assertThat(issued.batch().expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(issued.batch().issuedBy()).isEqualTo(admin);
    }

    @Test
    void countAndValidityAreBounded() {
        assertThat(CodeBatch.issue(area, admin, 1, 1, NOW).codes()).hasSize(1);
        assertThat(CodeBatch.issue(area, admin, 1000, 365, NOW).codes()).hasSize(1000);
        assertThatThrownBy(() -> CodeBatch.issue(area, admin, 0, 30, NOW)).hasMessage("count");
        assertThatThrownBy(() -> CodeBatch.issue(area, admin, 1001, 30, NOW)).hasMessage("count");
        assertThatThrownBy(() -> CodeBatch.issue(area, admin, 10, 0, NOW)).hasMessage("validDays");
        assertThatThrownBy(() -> CodeBatch.issue(area, admin, 10, 366, NOW)).hasMessage("validDays");
    }
}

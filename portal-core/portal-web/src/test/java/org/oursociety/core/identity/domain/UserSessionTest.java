package org.oursociety.core.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserSessionTest {

    @Test
    void sessionIdsAreLongUrlSafeAndUnguessable() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(UserSession.randomToken());
        }
        assertThat(ids).hasSize(1000).allSatisfy(id -> assertThat(id).matches("[A-Za-z0-9_-]{22}"));
    }

    @Test
    void aNewSessionIsLiveAndRevokingItIsFinal() {
        Instant now = Instant.parse("2025-03-01T09:00:00Z");
        UUID user = UUID.randomUUID();
        UserSession session = new UserSession(user, now, now.plusSeconds(3600));

        assertThat(session.isRevoked()).isFalse();
        assertThat(session.userId()).isEqualTo(user);
        assertThat(session.id()).hasSize(22);

        session.revoke(now.plusSeconds(60));
        session.revoke(now.plusSeconds(120));
        assertThat(session.isRevoked()).isTrue();
    }
}

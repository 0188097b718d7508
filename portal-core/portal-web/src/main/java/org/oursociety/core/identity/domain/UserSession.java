package org.oursociety.core.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

/** One sign-in. Its id travels in the token; revoking it ends the session in every WAR. */
@Entity
@Table(name = "user_session", schema = "core")
public class UserSession {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private String id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected UserSession() {
    }

    public UserSession(UUID userId, Instant now, Instant expiresAt) {
        this.id = randomToken();
        this.userId = userId;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now.atOffset(ZoneOffset.UTC);
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public String id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    /** 128 bits from a CSPRNG, URL-safe. */
    public static String randomToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

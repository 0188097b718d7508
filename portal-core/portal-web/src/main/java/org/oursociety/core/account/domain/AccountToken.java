package org.oursociety.core.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.oursociety.core.identity.domain.EmailAddress;

/**
 * A link sent by mail (confirm an address, reset a password, change the address): valid for its
 * purpose's time, usable once. The secret travels only in the mail; the table holds its SHA-256, which
 * is enough because the secret is 256 random bits (no salt or slow hash needed against guessing).
 */
@Entity
@Table(name = "account_token", schema = "core")
public class AccountToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Convert(converter = TokenPurposeConverter.class)
    @Column(nullable = false)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "new_email")
    private String newEmail;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    /** Where a token stands when someone follows its link. */
    public enum State {
        VALID, EXPIRED, USED
    }

    /** A new token and the secret for its link, which is not kept anywhere else. */
    public record Issued(AccountToken token, String secret) {
    }

    protected AccountToken() {
    }

    private AccountToken(UUID userId, TokenPurpose purpose, String tokenHash, String newEmail, Instant now) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.newEmail = newEmail;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.expiresAt = now.plus(purpose.validity()).atOffset(ZoneOffset.UTC);
    }

    /** A confirmation or reset link for this user. */
    public static Issued issue(UUID userId, TokenPurpose purpose, Instant now) {
        if (purpose == TokenPurpose.CHANGE_EMAIL) {
            throw new IllegalArgumentException("A change of address names the new address");
        }
        String secret = randomSecret();
        return new Issued(new AccountToken(userId, purpose, hash(secret), null, now), secret);
    }

    /** A link to the new address that, followed, makes it the account's address. */
    public static Issued issueEmailChange(UUID userId, String newEmail, Instant now) {
        if (!EmailAddress.isPlausible(newEmail)) {
            throw new IllegalArgumentException("Not an email address");
        }
        String secret = randomSecret();
        return new Issued(new AccountToken(userId, TokenPurpose.CHANGE_EMAIL, hash(secret),
                EmailAddress.normalise(newEmail), now), secret);
    }

    public State state(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        return now.isBefore(expiresAt.toInstant()) ? State.VALID : State.EXPIRED;
    }

    /**
     * Spends the token.
     *
     * @throws IllegalStateException when it is used or expired
     */
    public void use(Instant now) {
        State state = state(now);
        if (state != State.VALID) {
            throw new IllegalStateException("This link is " + state.name().toLowerCase(java.util.Locale.ROOT));
        }
        usedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Spent without being followed, because a newer link of the same kind was used. */
    public void withdraw(Instant now) {
        if (usedAt == null) {
            usedAt = now.atOffset(ZoneOffset.UTC);
        }
    }

    /** The SHA-256 of a secret, as stored: lower-case hex. */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Whether a string could be a secret we issued; anything else is refused before a database lookup. */
    public static boolean isWellFormed(String secret) {
        return secret != null && secret.matches("^[A-Za-z0-9_-]{43}$");
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public TokenPurpose purpose() {
        return purpose;
    }

    public String newEmail() {
        return newEmail;
    }

    public Instant expiresAt() {
        return expiresAt.toInstant();
    }
}

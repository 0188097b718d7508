package org.oursociety.portal.api.internal.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.oursociety.portal.api.internal.security.SessionPolicy;
import org.oursociety.portal.api.internal.security.SigningKeys;
import org.oursociety.portal.api.security.PortalUser;

/** Signs and verifies the session token (a JWT, ES256, with the key id in its header). */
public class SessionTokens {

    static final String ISSUER = "our-society";
    private static final Logger LOG = Logger.getLogger(SessionTokens.class.getName());

    /**
     * Tokens whose signature was verified, so that the sign-in check costs one ECDSA verification per
     * token rather than one per request in every WAR (four for a home page with its cards). Bounded:
     * past this many it starts afresh. Revocation is not remembered here: it is checked on every request.
     */
    static final int MAX_VERIFIED = 5_000;

    private record Verified(String kid, PortalUser user) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SigningKeys keys;
    private final SessionPolicy policy;
    private final Clock clock;

    public SessionTokens(SigningKeys keys, SessionPolicy policy, Clock clock) {
        this.keys = keys;
        this.policy = policy;
        this.clock = clock;
    }

    /** A token for a session that starts now. */
    public Issued issue(UUID userId, String email, String displayName, Set<String> roles,
                        String sessionId, String csrfToken, boolean confirmed) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        PortalUser user = new PortalUser(userId, email, displayName, roles, sessionId, csrfToken,
                now, now, policy.expiryFor(now, now), confirmed);
        return new Issued(sign(user), user);
    }

    /**
     * A token for the same session with new facts about the user (a confirmed address, a new display
     * name), signed now; the session's start, id and CSRF token stay.
     */
    public Issued reissue(PortalUser user) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        PortalUser renewed = user.reissued(now, policy.expiryFor(user.authenticatedAt(), now));
        return new Issued(sign(renewed), renewed);
    }

    /** Whether {@link #refresh} would sign a new token for this user now. */
    public boolean dueForRefresh(PortalUser user) {
        return policy.shouldRefresh(user, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** A fresh token for an active user, or empty when the current one is recent enough. */
    public Optional<Issued> refresh(PortalUser user) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        if (!policy.shouldRefresh(user, now)) {
            return Optional.empty();
        }
        PortalUser renewed = user.reissued(now, policy.expiryFor(user.authenticatedAt(), now));
        return Optional.of(new Issued(sign(renewed), renewed));
    }

    /** The user in a token, if it is well formed, signed by a portal key, from this portal and not expired. */
    public Optional<PortalUser> verify(String token) {
        Verified known = verified.get(token);
        if (known != null) {
            // Checked before: only what can change since is checked again (its expiry, its key's presence).
            if (known.user().expiresAt().isAfter(clock.instant()) && keys.publicKey(known.kid()).isPresent()) {
                return Optional.of(known.user());
            }
            verified.remove(token);
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm()) || jwt.getHeader().getKeyID() == null) {
                return Optional.empty();
            }
            Optional<ECKey> key = keys.publicKey(jwt.getHeader().getKeyID());
            if (key.isEmpty() || !jwt.verify(new ECDSAVerifier(key.get()))) {
                return Optional.empty();
            }
            Optional<PortalUser> user = toUser(jwt.getJWTClaimsSet());
            user.ifPresent(u -> remember(token, new Verified(jwt.getHeader().getKeyID(), u)));
            return user;
        } catch (ParseException | JOSEException | RuntimeException e) {
            LOG.log(Level.FINE, "Session token refused", e);
            return Optional.empty();
        }
    }

    private void remember(String token, Verified user) {
        if (verified.size() >= MAX_VERIFIED) {
            verified.clear();
        }
        verified.put(token, user);
    }

    private Optional<PortalUser> toUser(JWTClaimsSet claims) throws ParseException {
        Instant now = clock.instant();
        if (!ISSUER.equals(claims.getIssuer()) || claims.getExpirationTime() == null
                || !claims.getExpirationTime().toInstant().isAfter(now)) {
            return Optional.empty();
        }
        List<String> roles = claims.getStringListClaim("roles");
        Boolean confirmed = claims.getBooleanClaim("confirmed");
        return Optional.of(new PortalUser(
                UUID.fromString(claims.getSubject()),
                claims.getStringClaim("email"),
                claims.getStringClaim("name"),
                roles == null ? Set.of() : new HashSet<>(roles),
                claims.getStringClaim("sid"),
                claims.getStringClaim("csrf"),
                claims.getDateClaim("auth_time").toInstant(),
                claims.getIssueTime().toInstant(),
                claims.getExpirationTime().toInstant(),
                Boolean.TRUE.equals(confirmed)));
    }

    private String sign(PortalUser user) {
        ECKey key = keys.current();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(user.id().toString())
                .claim("email", user.email())
                .claim("name", user.displayName())
                .claim("roles", List.copyOf(user.roles()))
                .claim("sid", user.sessionId())
                .claim("csrf", user.csrfToken())
                .claim("confirmed", user.confirmed())
                .claim("auth_time", Date.from(user.authenticatedAt()))
                .issueTime(Date.from(user.issuedAt()))
                .expirationTime(Date.from(user.expiresAt()))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a session token", e);
        }
    }

    /** A signed token and what it says. */
    public record Issued(String token, PortalUser user) {
    }
}

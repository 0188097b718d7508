package org.oursociety.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.internal.security.SessionPolicy;
import org.oursociety.portal.api.internal.security.SessionTokens;
import org.oursociety.portal.api.internal.security.SigningKeys;
import org.oursociety.portal.api.internal.startup.SchemaMigrator;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.security.Roles;
import org.oursociety.portal.api.testing.MutableClock;
import org.oursociety.portal.api.testing.TestDatabase;

/** Session tokens signed and verified with the keys in core.signing_key, as every WAR does it. */
class SessionTokensIT {

    private static final SessionPolicy POLICY =
            new SessionPolicy(Duration.ofMinutes(30), Duration.ofMinutes(5), Duration.ofHours(12));
    private static final UUID USER = UUID.randomUUID();
    private static final Set<String> ROLES = Set.of(Roles.RESIDENT, Roles.PLATFORM_ADMIN);

    private static TestDatabase db;
    private static DataSource ds;

    private MutableClock clock;
    private SigningKeys keys;
    private SessionTokens tokens;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.create();
        ds = db.dataSource();
        SchemaMigrator.migrate(ds, "core", SessionTokensIT.class.getClassLoader());
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void freshKeys() throws SQLException {
        execute("delete from core.signing_key");
        clock = MutableClock.atNow();
        keys = new SigningKeys(ds, clock);
        keys.ensureKey();
        tokens = new SessionTokens(keys, POLICY, clock);
    }

    @Test
    void ensureKeyCreatesExactlyOneKeyHoweverOftenAndByWhomeverItIsCalled() throws SQLException {
        keys.ensureKey();
        SigningKeys otherWar = new SigningKeys(ds, clock);
        otherWar.ensureKey();

        assertThat(count("select count(*) from core.signing_key")).isEqualTo(1);
        assertThat(otherWar.current().getKeyID()).isEqualTo(keys.current().getKeyID());
        assertThat(keys.current().getCurve()).isEqualTo(Curve.P_256);
        assertThat(keys.current().isPrivate()).isTrue();
    }

    @Test
    void theDatabaseHoldsTheKeyAsAJwkUnderItsKid() throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("select kid, jwk from core.signing_key")) {
            assertThat(row.next()).isTrue();
            assertThat(ECKey.parse(row.getString("jwk")).getKeyID()).isEqualTo(row.getString("kid"))
                    .isEqualTo(keys.current().getKeyID());
        }
    }

    @Test
    void aTokenVerifiesToTheUserItWasIssuedFor() {
        SessionTokens.Issued issued = tokens.issue(USER, "ann@example.org", "Ann Example", ROLES, "sid-1", "csrf-1", true);

        PortalUser user = tokens.verify(issued.token()).orElseThrow();

        assertThat(user.id()).isEqualTo(USER);
        assertThat(user.email()).isEqualTo("ann@example.org");
        assertThat(user.displayName()).isEqualTo("Ann Example");
        assertThat(user.roles()).containsExactlyInAnyOrderElementsOf(ROLES);
        assertThat(user.sessionId()).isEqualTo("sid-1");
        assertThat(user.csrfToken()).isEqualTo("csrf-1");
        assertThat(user.authenticatedAt()).isEqualTo(clock.instant());
        assertThat(user.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(30)));
        assertThat(user).isEqualTo(issued.user());
    }

    @Test
    void anotherWarWithItsOwnKeyCacheVerifiesTheToken() {
        String token = tokens.issue(USER, "ann@example.org", "Ann", ROLES, "sid-1", "csrf-1", true).token();

        SessionTokens forum = new SessionTokens(new SigningKeys(ds, clock), POLICY, clock);

        assertThat(forum.verify(token)).map(PortalUser::sessionId).contains("sid-1");
    }

    @Test
    void aTokenWithOneCharacterChangedIsRefused() throws Exception {
        String token = tokens.issue(USER, "ann@example.org", "Ann", Set.of(Roles.RESIDENT), "sid-1", "csrf-1", true).token();
        String[] parts = token.split("\\.");
        assertThat(tokens.verify(token)).isPresent();

        assertThat(tokens.verify(parts[0] + "." + changeMiddle(parts[1]) + "." + parts[2])).isEmpty();
        assertThat(tokens.verify(parts[0] + "." + parts[1] + "." + changeMiddle(parts[2]))).isEmpty();
        assertThat(tokens.verify(changeMiddle(parts[0]) + "." + parts[1] + "." + parts[2])).isEmpty();
    }

    @Test
    void aTokenWhoseClaimsWereRewrittenIsRefused() {
        String token = tokens.issue(USER, "ann@example.org", "Ann", Set.of(Roles.RESIDENT), "sid-1", "csrf-1", true).token();
        String[] parts = token.split("\\.");
        String payload = new Base64URL(parts[1]).decodeToString();
        assertThat(payload).contains("\"resident\"");
        String promoted = payload.replace("\"resident\"", "\"platform-admin\"");

        String forged = parts[0] + "." + Base64URL.encode(promoted.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(tokens.verify(forged)).isEmpty();
    }

    @Test
    void aTokenIsRefusedOnceItExpires() {
        String token = tokens.issue(USER, "ann@example.org", "Ann", ROLES, "sid-1", "csrf-1", true).token();

        clock.advance(Duration.ofMinutes(29));
        assertThat(tokens.verify(token)).isPresent();

        clock.advance(Duration.ofMinutes(1));
        assertThat(tokens.verify(token)).as("expired at exactly its exp").isEmpty();

        clock.advance(Duration.ofHours(1));
        assertThat(tokens.verify(token)).isEmpty();
    }

    @Test
    void aRememberedTokenIsRefusedOnceItsKeyIsGone() throws SQLException {
        String token = tokens.issue(USER, "ann@example.org", "Ann", ROLES, "sid-1", "csrf-1", true).token();
        assertThat(tokens.verify(token)).isPresent();
        assertThat(tokens.verify(token)).as("remembered, still good").isPresent();

        execute("delete from core.signing_key");
        clock.advance(Duration.ofMinutes(2)); // past the keys' cache

        assertThat(tokens.verify(token)).isEmpty();
    }

    @Test
    void aTokenSignedByAForeignKeyThatClaimsThePortalsKidIsRefused() throws Exception {
        ECKey portalKey = keys.current();
        ECKey foreign = new ECKeyGenerator(Curve.P_256).keyID(portalKey.getKeyID()).generate();
        JWTClaimsSet claims = claims(clock.instant(), "our-society");

        assertThat(tokens.verify(signEs256(portalKey, claims))).as("the same claims signed by the portal").isPresent();
        assertThat(tokens.verify(signEs256(foreign, claims))).isEmpty();
    }

    @Test
    void aTokenWithAKidThePortalDoesNotKnowIsRefused() throws Exception {
        ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).generate();
        String token = signEs256(stranger, claims(clock.instant(), "our-society"));

        assertThat(tokens.verify(token)).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        assertThat(tokens.verify(token)).as("after the key cache reloads").isEmpty();
    }

    @Test
    void aTokenWithoutKidIsRefused() throws Exception {
        JWTClaimsSet claims = claims(clock.instant(), "our-society");
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).build(), claims);
        jwt.sign(new ECDSASigner(keys.current()));

        assertThat(tokens.verify(jwt.serialize())).isEmpty();
    }

    @Test
    void aTokenFromAnotherIssuerIsRefusedEvenWithAGoodSignature() throws Exception {
        assertThat(tokens.verify(signEs256(keys.current(), claims(clock.instant(), "someone-else")))).isEmpty();
    }

    @Test
    void unsignedAndHmacTokensAreRefused() throws Exception {
        JWTClaimsSet claims = claims(clock.instant(), "our-society");
        String kid = keys.current().getKeyID();

        String unsigned = new PlainJWT(claims).serialize();
        String unsignedWithKid = Base64URL.encode("{\"alg\":\"none\",\"kid\":\"" + kid + "\"}") + "."
                + claims.toPayload().toBase64URL() + ".";
        // The classic confusion attack: HMAC keyed with the public key that anyone may know.
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), claims);
        hmac.sign(new MACSigner(keys.current().toECPublicKey().getEncoded()));

        assertThat(tokens.verify(unsigned)).isEmpty();
        assertThat(tokens.verify(unsignedWithKid)).isEmpty();
        assertThat(tokens.verify(hmac.serialize())).isEmpty();
    }

    @Test
    void garbageIsRefusedWithoutAnException() {
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify("not-a-token")).isEmpty();
        assertThat(tokens.verify("a.b.c")).isEmpty();
    }

    @Test
    void aFreshTokenIsNotRefreshedButAnActiveUsersIsReSignedForTheSameSession() {
        SessionTokens.Issued issued = tokens.issue(USER, "ann@example.org", "Ann", ROLES, "sid-1", "csrf-1", true);
        Instant signIn = clock.instant();

        assertThat(tokens.refresh(issued.user())).isEmpty();
        clock.advance(Duration.ofMinutes(4));
        assertThat(tokens.refresh(issued.user())).isEmpty();

        clock.advance(Duration.ofMinutes(2));
        SessionTokens.Issued renewed = tokens.refresh(issued.user()).orElseThrow();

        assertThat(renewed.token()).isNotEqualTo(issued.token());
        PortalUser user = tokens.verify(renewed.token()).orElseThrow();
        assertThat(user.sessionId()).isEqualTo("sid-1");
        assertThat(user.csrfToken()).isEqualTo("csrf-1");
        assertThat(user.roles()).containsExactlyInAnyOrderElementsOf(ROLES);
        assertThat(user.authenticatedAt()).isEqualTo(signIn);
        assertThat(user.issuedAt()).isEqualTo(signIn.plus(Duration.ofMinutes(6)));
        assertThat(user.expiresAt()).isAfter(issued.user().expiresAt())
                .isEqualTo(signIn.plus(Duration.ofMinutes(36)));
    }

    @Test
    void refreshingNeverStretchesASessionBeyondTheMaximum() {
        SessionTokens.Issued issued = tokens.issue(USER, "ann@example.org", "Ann", ROLES, "sid-1", "csrf-1", true);
        Instant signIn = clock.instant();
        PortalUser current = issued.user();

        for (int i = 0; i < 200; i++) {
            clock.advance(Duration.ofMinutes(6));
            current = tokens.refresh(current).map(SessionTokens.Issued::user).orElse(current);
        }

        assertThat(current.expiresAt()).isEqualTo(signIn.plus(Duration.ofHours(12)));
        assertThat(clock.instant()).isAfter(signIn.plus(Duration.ofHours(12)));
        assertThat(tokens.refresh(current)).isEmpty();
    }

    @Test
    void tokensSignedByARetiredKeyStillVerifyWhileNewOnesUseTheNewestKey() throws Exception {
        String old = tokens.issue(USER, "ann@example.org", "Ann", ROLES, "sid-old", "csrf", true).token();
        String oldKid = keys.current().getKeyID();
        ECKey next = new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).generate();
        try (Connection c = ds.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into core.signing_key (kid, jwk, created_at) values (?, ?, now() + interval '1 second')")) {
            insert.setString(1, next.getKeyID());
            insert.setString(2, next.toJSONString());
            insert.executeUpdate();
        }
        execute("update core.signing_key set retired_at = now() where kid = '" + oldKid + "'");

        clock.advance(Duration.ofMinutes(2));
        String fresh = tokens.issue(USER, "ann@example.org", "Ann", ROLES, "sid-new", "csrf", true).token();

        assertThat(SignedJWT.parse(fresh).getHeader().getKeyID()).isEqualTo(next.getKeyID());
        assertThat(tokens.verify(fresh)).isPresent();
        assertThat(tokens.verify(old)).isPresent();
        assertThat(new SessionTokens(new SigningKeys(ds, clock), POLICY, clock).verify(old))
                .as("a WAR that starts after the rotation").isPresent();
    }

    private static JWTClaimsSet claims(Instant now, String issuer) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(USER.toString())
                .claim("email", "mallory@example.org")
                .claim("name", "Mallory")
                .claim("roles", List.of(Roles.RESIDENT, Roles.PLATFORM_ADMIN))
                .claim("sid", "sid-forged")
                .claim("csrf", "csrf-forged")
                .claim("auth_time", Date.from(now))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(30))))
                .build();
    }

    private static String signEs256(ECKey key, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    /** The same string with its middle character replaced: every bit of it carries data in base64url. */
    private static String changeMiddle(String part) {
        int i = part.length() / 2;
        char replacement = part.charAt(i) == 'A' ? 'B' : 'A';
        return part.substring(0, i) + replacement + part.substring(i + 1);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

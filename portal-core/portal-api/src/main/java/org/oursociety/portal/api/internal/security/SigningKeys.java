package org.oursociety.portal.api.internal.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.portal.api.internal.cache.Refreshed;

/**
 * The ES256 keys that sign session tokens, kept in {@code core.signing_key}. Every WAR reads them
 * from the shared database, so verifying a token never calls the core. Keys are cached; an unknown
 * key id triggers a reload at most once every few seconds so a forged kid cannot hammer the database.
 */
public class SigningKeys {

    private static final Duration CURRENT_KEY_TTL = Duration.ofMinutes(1);
    private static final Duration MISS_RELOAD_INTERVAL = Duration.ofSeconds(5);

    private final DataSource dataSource;
    private final Refreshed<Keys> keys;

    /**
     * Every key's public half by id, and the newest key not retired (the one to sign with), as last read. The public
     * halves are made once here: every request with a known token asks for its key, and making one each time was 7%
     * of a ballot's request time.
     */
    private record Keys(Map<String, ECKey> publicByKid, ECKey current) {
        static final Keys NONE = new Keys(Map.of(), null);
    }

    public SigningKeys(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        // A failed read keeps the keys already known: tokens keep being signed and verified meanwhile.
        this.keys = Refreshed.keepingLast("the signing keys", this::read, clock, CURRENT_KEY_TTL, Keys.NONE);
    }

    /** Creates the first key when there is none; safe to call from several instances at once. */
    public void ensureKey() throws SQLException {
        if (read().current() == null) {
            try {
                ECKey key = new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString())
                        .keyUse(KeyUse.SIGNATURE).generate();
                try (Connection c = dataSource.getConnection();
                     PreparedStatement insert = c.prepareStatement(
                             "insert into core.signing_key (kid, jwk) values (?, ?) on conflict do nothing")) {
                    insert.setString(1, key.getKeyID());
                    insert.setString(2, key.toJSONString());
                    insert.executeUpdate();
                }
            } catch (JOSEException e) {
                throw new IllegalStateException("Cannot generate a signing key", e);
            }
        }
        if (keys.refreshNow().current() == null) {
            throw new SQLException("Cannot read back the signing key in core.signing_key");
        }
    }

    /** The key new tokens are signed with. */
    public ECKey current() {
        ECKey current = keys.get().current();
        if (current == null) {
            throw new IllegalStateException("No signing key in core.signing_key: has the core started?");
        }
        return current;
    }

    /** The public key for a key id, if the portal knows it. */
    public Optional<ECKey> publicKey(String kid) {
        ECKey key = keys.get().publicByKid().get(kid);
        if (key == null) {
            // An unknown kid (a key made a moment ago by another instance, or a forgery): read again, but
            // not more often than MISS_RELOAD_INTERVAL, so forged kids cannot hammer the database.
            key = keys.fresherThan(MISS_RELOAD_INTERVAL).publicByKid().get(kid);
        }
        return Optional.ofNullable(key);
    }

    private Keys read() throws SQLException {
        Map<String, ECKey> loaded = new HashMap<>();
        ECKey newest = null;
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "select kid, jwk, retired_at from core.signing_key order by created_at, kid");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ECKey key = parse(rows.getString("jwk"));
                loaded.put(rows.getString("kid"), key.toPublicJWK());
                if (rows.getTimestamp("retired_at") == null) {
                    newest = key;
                }
            }
        }
        return new Keys(Map.copyOf(loaded), newest);
    }

    private static ECKey parse(String json) {
        try {
            return ECKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("A signing key in core.signing_key is not a valid JWK", e);
        }
    }
}

package org.oursociety.portal.api.area;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Who a paper ballot belongs to, for staff entering paper ballots in a module: a resident identified by
 * the voting code printed on their slip, or by name and postcode checked against verified residence.
 * Reads the core's residence and code tables with plain JDBC, as {@link Residence} does; changes nothing.
 *
 * <p>A person is named by a stable key: the account that redeemed the code or holds the residence, or,
 * for a code nobody has redeemed yet, a key derived from the code itself ({@link #codeKey}) that is the
 * same every time, so the same slip cannot vote twice. When that code is later redeemed online,
 * {@link #codeKeysOf} lets the module see that its holder has already voted on paper.
 */
@ApplicationScoped
public class PaperVoters {

    /** How a person was found. */
    public record Voter(UUID key, boolean hasAccount) {
    }

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static final String CODE = """
            select c.used_by, c.code_hash from core.residence_code c
              join core.residence_code_batch b on b.id = c.batch_id
              join core.area a on a.id = b.area_id
            where c.code_hash = ? and b.expires_at > now() and a.slug = any (?)""";

    private static final String RESIDENT = """
            select distinct u.id from core.user_account u
              join core.residence r on r.user_id = u.id and r.status = 'verified'
              join core.area a on a.id = r.area_id
            where u.deleted_at is null and lower(u.display_name) = lower(?) and r.postcode = ? and a.slug = any (?)""";

    private static final String USED_CODES = "select code_hash from core.residence_code where used_by = ?";

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    /** For CDI. */
    public PaperVoters() {
    }

    /** Outside the container (tests). */
    public PaperVoters(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The holder of a voting code issued for one of {@code areaSlugs} (the round's area and those below it)
     * and not expired; empty when there is no such code.
     */
    public Optional<Voter> byCode(String typedCode, List<String> areaSlugs) {
        Optional<String> compact = normalise(typedCode);
        if (compact.isEmpty()) {
            return Optional.empty();
        }
        String hash = sha256(compact.get());
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(CODE)) {
            s.setString(1, hash);
            s.setArray(2, c.createArrayOf("text", areaSlugs.toArray()));
            try (ResultSet row = s.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                UUID usedBy = row.getObject(1, UUID.class);
                return Optional.of(usedBy != null ? new Voter(usedBy, true) : new Voter(codeKey(hash), false));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read voting codes", e);
        }
    }

    /**
     * The accounts verified as living at {@code postcode} in one of {@code areaSlugs} whose display name is
     * {@code name} (case aside): staff enter the ballot only when exactly one matches.
     */
    public List<UUID> byNameAndPostcode(String name, String postcode, List<String> areaSlugs) {
        List<UUID> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(RESIDENT)) {
            s.setString(1, name == null ? "" : name.strip());
            s.setString(2, postcode == null ? "" : postcode.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " "));
            s.setArray(3, c.createArrayOf("text", areaSlugs.toArray()));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read residences", e);
        }
        return found;
    }

    /** The keys of the codes this account redeemed: a paper ballot entered under one of them is theirs. */
    public List<UUID> codeKeysOf(UUID userId) {
        List<UUID> keys = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(USED_CODES)) {
            s.setObject(1, userId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    keys.add(codeKey(rows.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read voting codes", e);
        }
        return keys;
    }

    /** The stable key of a code's holder who has no account: never the id of any account (a name-based UUID). */
    public static UUID codeKey(String codeHash) {
        return UUID.nameUUIDFromBytes(("voting-code:" + codeHash).getBytes(StandardCharsets.US_ASCII));
    }

    static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (compact.length() != 16 || !compact.chars().allMatch(ch -> ALPHABET.indexOf(ch) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(compact);
    }

    static String sha256(String compact) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(compact.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}

package org.oursociety.core.residence.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.core.area.domain.Postcode;
import org.oursociety.core.residence.domain.ClaimSummary;
import org.oursociety.core.residence.domain.CodeBatch;
import org.oursociety.core.residence.domain.PendingClaim;
import org.oursociety.core.residence.domain.Redemption;
import org.oursociety.core.residence.domain.ResidenceClaim;
import org.oursociety.core.residence.domain.ResidenceMethod;
import org.oursociety.core.residence.domain.ResidenceStatus;

/**
 * {@code core.residence} and the voting codes, with plain JDBC on {@code jdbc/portal}: in the
 * container every call joins the caller's JTA transaction (as the audit log does), and outside it
 * the tests run the same statements against PostgreSQL.
 *
 * <p>The two rules that must hold under concurrency are each one statement, so PostgreSQL's row
 * locks decide and nothing is read first and written later: {@link #replace} is an upsert on the
 * unique index (one claim per user per area type), and {@link #redeem} spends a code with an
 * {@code update ... where used_at is null}, which exactly one of two racing redeemers passes.
 */
public class ResidenceStore {

    private static final String CLAIM_COLUMNS =
            "id, user_id, area_id, area_type, postcode, status, method, claimed_at, decided_at, decided_by";

    private final DataSource dataSource;

    public ResidenceStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Stores a new claim. A verified one (postcode on the area's list, or a voting code) takes the place
     * of every claim of the user of that area type; a pending one only of the other open (pending or
     * rejected) claim, so a verified claim is never lost to a claim that nobody has decided yet. Delete,
     * then one upsert on the matching partial unique index: two claims at once still leave one of each.
     */
    public void replace(ResidenceClaim claim) throws SQLException {
        boolean verified = claim.status() == ResidenceStatus.verified;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement("delete from core.residence where user_id = ? and area_type = ?"
                    + (verified ? "" : " and status <> 'verified'") + " and id <> ?")) {
                delete.setObject(1, claim.userId());
                delete.setString(2, claim.areaType());
                delete.setObject(3, claim.id());
                delete.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "insert into core.residence as r (" + CLAIM_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                            + " on conflict (user_id, area_type) where status " + (verified ? "= 'verified'" : "<> 'verified'")
                            + " do update set id = excluded.id, area_id = excluded.area_id,"
                            + " postcode = excluded.postcode, status = excluded.status, method = excluded.method,"
                            + " claimed_at = excluded.claimed_at, decided_at = excluded.decided_at,"
                            + " decided_by = excluded.decided_by")) {
                s.setObject(1, claim.id());
                s.setObject(2, claim.userId());
                s.setObject(3, claim.areaId());
                s.setString(4, claim.areaType());
                s.setString(5, claim.postcode().map(Postcode::value).orElse(null));
                s.setString(6, claim.status().name());
                s.setString(7, claim.method().map(Enum::name).orElse(null));
                s.setObject(8, utc(claim.claimedAt()));
                s.setObject(9, claim.decidedAt().map(ResidenceStore::utc).orElse(null));
                s.setObject(10, claim.decidedBy().orElse(null));
                s.executeUpdate();
            }
        }
    }

    /** The claim, locked until the transaction ends, so two admins deciding it at once are serialised. */
    public Optional<ResidenceClaim> lock(UUID claimId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select " + CLAIM_COLUMNS + " from core.residence where id = ? for update")) {
            s.setObject(1, claimId);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(claim(row)) : Optional.empty();
            }
        }
    }

    /**
     * Writes an admin's decision on a claim read with {@link #lock}. Verifying it ends the user's earlier
     * verified claim of that area type (they have moved); rejecting it leaves that one as it was.
     */
    public void settle(ResidenceClaim claim) throws SQLException {
        if (claim.status() == ResidenceStatus.verified) {
            try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(
                    "delete from core.residence where user_id = ? and area_type = ? and status = 'verified' and id <> ?")) {
                delete.setObject(1, claim.userId());
                delete.setString(2, claim.areaType());
                delete.setObject(3, claim.id());
                delete.executeUpdate();
            }
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update core.residence set status = ?, method = ?, decided_at = ?, decided_by = ? where id = ?")) {
            s.setString(1, claim.status().name());
            s.setString(2, claim.method().map(Enum::name).orElse(null));
            s.setObject(3, claim.decidedAt().map(ResidenceStore::utc).orElse(null));
            s.setObject(4, claim.decidedBy().orElse(null));
            s.setObject(5, claim.id());
            s.executeUpdate();
        }
    }

    /** The user's claims, one per area type at most, ordered by area type. */
    public List<ClaimSummary> claimsOf(UUID userId) throws SQLException {
        List<ClaimSummary> claims = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select r.id, a.slug, a.name, r.area_type, r.postcode, r.status, r.method, r.claimed_at, r.decided_at
                from core.residence r join core.area a on a.id = r.area_id
                where r.user_id = ? order by r.area_type, r.status = 'verified' desc, r.claimed_at""")) {
            s.setObject(1, userId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    String method = rows.getString(7);
                    claims.add(new ClaimSummary(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), ResidenceStatus.valueOf(rows.getString(6)),
                            method == null ? null : ResidenceMethod.valueOf(method), instant(rows, 8), instant(rows, 9)));
                }
            }
        }
        return claims;
    }

    /** Claims in this area waiting for a decision, oldest first. */
    public List<PendingClaim> pendingIn(UUID areaId) throws SQLException {
        List<PendingClaim> pending = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select r.id, r.user_id, u.display_name, u.email, r.postcode, r.claimed_at
                from core.residence r join core.user_account u on u.id = r.user_id
                where r.area_id = ? and r.status = 'pending' and u.deleted_at is null
                order by r.claimed_at, r.id limit 500""")) {
            s.setObject(1, areaId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    pending.add(new PendingClaim(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                            rows.getString(3), rows.getString(4), rows.getString(5), instant(rows, 6)));
                }
            }
        }
        return pending;
    }

    /** Stores a batch and the hashes of its codes. */
    public void addBatch(CodeBatch batch) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("""
                    insert into core.residence_code_batch (id, area_id, issued_by, issued_at, expires_at, code_count)
                    values (?, ?, ?, ?, ?, ?)""")) {
                s.setObject(1, batch.id());
                s.setObject(2, batch.areaId());
                s.setObject(3, batch.issuedBy());
                s.setObject(4, utc(batch.issuedAt()));
                s.setObject(5, utc(batch.expiresAt()));
                s.setInt(6, batch.count());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "insert into core.residence_code (code_hash, batch_id) values (?, ?)")) {
                for (String hash : batch.hashes()) {
                    s.setString(1, hash);
                    s.setObject(2, batch.id());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
    }

    /**
     * Spends the code with this hash for this user if it is unused, unexpired and its area active.
     * One statement: of two redeemers at once, the second waits for the first's row lock and then
     * finds the code used.
     */
    public Redemption redeem(String codeHash, UUID userId, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("""
                    update core.residence_code rc set used_at = ?, used_by = ?
                    from core.residence_code_batch b join core.area a on a.id = b.area_id
                    where rc.batch_id = b.id and rc.code_hash = ? and rc.used_at is null
                      and b.expires_at > ? and a.archived_at is null
                    returning a.id, a.type""")) {
                s.setObject(1, utc(now));
                s.setObject(2, userId);
                s.setString(3, codeHash);
                s.setObject(4, utc(now));
                try (ResultSet row = s.executeQuery()) {
                    if (row.next()) {
                        return new Redemption.Spent(row.getObject(1, UUID.class), row.getString(2));
                    }
                }
            }
            return whyNot(c, codeHash, now);
        }
    }

    private static Redemption whyNot(Connection c, String codeHash, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                select rc.used_at, b.expires_at, a.archived_at
                from core.residence_code rc join core.residence_code_batch b on b.id = rc.batch_id
                join core.area a on a.id = b.area_id where rc.code_hash = ?""")) {
            s.setString(1, codeHash);
            try (ResultSet row = s.executeQuery()) {
                if (!row.next()) {
                    return new Redemption.Unknown();
                }
                if (row.getObject(1) != null) {
                    return new Redemption.AlreadyUsed();
                }
                if (!instant(row, 2).isAfter(now)) {
                    return new Redemption.Expired();
                }
                return new Redemption.AreaArchived();
            }
        }
    }

    private static ResidenceClaim claim(ResultSet row) throws SQLException {
        String postcode = row.getString(5);
        String method = row.getString(7);
        return new ResidenceClaim(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getObject(3, UUID.class),
                row.getString(4), postcode == null ? null : new Postcode(postcode),
                ResidenceStatus.valueOf(row.getString(6)), method == null ? null : ResidenceMethod.valueOf(method),
                instant(row, 8), instant(row, 9), row.getObject(10, UUID.class));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

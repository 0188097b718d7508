package org.oursociety.core.audit.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.core.audit.domain.AuditActor;
import org.oursociety.core.audit.domain.AuditEntry;
import org.oursociety.core.audit.domain.AuditQuery;
import org.oursociety.core.audit.domain.AuditTarget;
import org.oursociety.core.platform.Page;

/**
 * {@code core.audit_entry} in plain JDBC. In the container the connection of a JTA transaction is
 * enlisted in it, so an entry commits or rolls back with the change it records.
 */
@ApplicationScoped
public class AuditRepository {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    /** For CDI. */
    public AuditRepository() {
    }

    /** Outside the container (tests). */
    public AuditRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void insert(AuditEntry e) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into core.audit_entry (id, occurred_at, actor_id, actor_email, actor_name, action,"
                        + " target_type, target_id, target_label, client_address, details)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))")) {
            AuditTarget target = e.target();
            s.setObject(1, e.id());
            s.setObject(2, e.occurredAt().withOffsetSameInstant(ZoneOffset.UTC));
            s.setObject(3, e.actor().id());
            s.setString(4, e.actor().email());
            s.setString(5, e.actor().name());
            s.setString(6, e.action());
            s.setString(7, target == null ? null : target.type());
            s.setString(8, target == null ? null : target.id());
            s.setString(9, target == null ? null : target.label());
            s.setString(10, e.clientAddress());
            s.setString(11, e.detailsJson());
            s.executeUpdate();
        }
    }

    /** Newest first; entries written in the same instant keep a stable order by id. */
    public Page<AuditEntry> find(AuditQuery query, int page, int pageSize) throws SQLException {
        Where where = where(query);
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement s = c.prepareStatement("select count(*) from core.audit_entry" + where.sql)) {
                where.bind(s);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                }
            }
            List<AuditEntry> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "select id, occurred_at, actor_id, actor_email, actor_name, action, target_type, target_id,"
                            + " target_label, client_address, details::text from core.audit_entry" + where.sql
                            + " order by occurred_at desc, id desc limit ? offset ?")) {
                int next = where.bind(s);
                s.setInt(next, pageSize);
                s.setLong(next + 1, (long) page * pageSize);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        items.add(read(r));
                    }
                }
            }
            return new Page<>(items, page, pageSize, total);
        }
    }

    private static AuditEntry read(ResultSet r) throws SQLException {
        UUID actorId = r.getObject(3, UUID.class);
        AuditActor actor = actorId == null ? AuditActor.NOBODY : new AuditActor(actorId, r.getString(4), r.getString(5));
        String targetType = r.getString(7);
        String targetId = r.getString(8);
        String targetLabel = r.getString(9);
        AuditTarget target = targetType == null && targetId == null && targetLabel == null
                ? null : new AuditTarget(targetType, targetId, targetLabel);
        return new AuditEntry(r.getObject(1, UUID.class), r.getObject(2, OffsetDateTime.class), actor,
                r.getString(6), target, r.getString(10), r.getString(11));
    }

    private static Where where(AuditQuery q) {
        StringBuilder sql = new StringBuilder();
        List<Object> values = new ArrayList<>();
        if (q.action() != null) {
            and(sql, "action = ?");
            values.add(q.action());
        }
        if (q.actor() != null) {
            UUID id = uuid(q.actor());
            if (id != null) {
                and(sql, "actor_id = ?");
                values.add(id);
            } else {
                and(sql, "(actor_email ilike ? escape '\\' or actor_name ilike ? escape '\\')");
                values.add(contains(q.actor()));
                values.add(contains(q.actor()));
            }
        }
        if (q.target() != null) {
            and(sql, "(target_id = ? or target_label ilike ? escape '\\')");
            values.add(q.target());
            values.add(contains(q.target()));
        }
        if (q.from() != null) {
            and(sql, "occurred_at >= ?");
            values.add(q.from().atOffset(ZoneOffset.UTC));
        }
        if (q.until() != null) {
            and(sql, "occurred_at < ?");
            values.add(q.until().atOffset(ZoneOffset.UTC));
        }
        return new Where(sql.toString(), values);
    }

    private static void and(StringBuilder sql, String condition) {
        sql.append(sql.length() == 0 ? " where " : " and ").append(condition);
    }

    /** A LIKE pattern that matches the text anywhere, with the text's own % and _ taken literally. */
    static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static UUID uuid(String text) {
        try {
            return text.length() == 36 ? UUID.fromString(text) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private record Where(String sql, List<Object> values) {
        int bind(PreparedStatement s) throws SQLException {
            int i = 1;
            for (Object value : values) {
                s.setObject(i++, value);
            }
            return i;
        }
    }
}

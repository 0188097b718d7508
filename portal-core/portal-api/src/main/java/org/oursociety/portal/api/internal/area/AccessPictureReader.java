package org.oursociety.portal.api.internal.area;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.portal.api.area.AreaRole;
import org.oursociety.portal.api.internal.area.AccessPicture;
import org.oursociety.portal.api.module.Grantee;

/**
 * Reads what {@link AccessPicture} is made of from the core schema with plain JDBC, so module WARs
 * need no persistence unit for it.
 */
public final class AccessPictureReader {

    private final DataSource dataSource;

    public AccessPictureReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The whole picture: a council has hundreds of areas and at most thousands of role holders. */
    public AccessPicture load() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            return new AccessPicture(areas(s), grants(s), declarations(s));
        }
    }

    private static List<AccessPicture.Node> areas(Statement s) throws SQLException {
        List<AccessPicture.Node> areas = new ArrayList<>();
        try (ResultSet rows = s.executeQuery("select id::text, slug, parent_id::text from core.area")) {
            while (rows.next()) {
                areas.add(new AccessPicture.Node(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        return areas;
    }

    /** Roles of accounts that can sign in: a disabled or deleted account's roles lie dormant. */
    private static List<AccessPicture.Grant> grants(Statement s) throws SQLException {
        List<AccessPicture.Grant> grants = new ArrayList<>();
        try (ResultSet rows = s.executeQuery("""
                select r.area_id::text, r.user_id, r.role from core.area_role r
                join core.user_account u on u.id = r.user_id
                where u.deleted_at is null and u.disabled_at is null""")) {
            while (rows.next()) {
                AreaRole role = AreaRole.byId(rows.getString(3)).orElse(null);
                if (role != null) {
                    grants.add(new AccessPicture.Grant(rows.getString(1), rows.getObject(2, UUID.class), role));
                }
            }
        }
        return grants;
    }

    private static Map<String, Set<Grantee>> declarations(Statement s) throws SQLException {
        Map<String, Set<Grantee>> declared = new HashMap<>();
        try (ResultSet rows = s.executeQuery("select permission, granted_to from core.module_permission")) {
            while (rows.next()) {
                String permission = rows.getString(1);
                Grantee.byId(rows.getString(2)).ifPresent(grantee ->
                        declared.computeIfAbsent(permission, p -> EnumSet.noneOf(Grantee.class)).add(grantee));
            }
        }
        return declared;
    }

}

package org.oursociety.portal.api.area;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Who holds a role over an area: given in the area itself or in any area above it, on accounts that can sign
 * in. For modules that must tell an area's admins or moderators something (a report, a flag) by mail; the
 * rules of what a role may do stay with {@link AreaAccess}.
 */
@ApplicationScoped
public class AreaRoleHolders {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    /** For CDI. */
    public AreaRoleHolders() {
    }

    /** Outside the container (tests). */
    public AreaRoleHolders(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The users holding {@code role} in the area or above it, each once; empty for an unknown area. */
    public List<UUID> holders(String areaSlug, AreaRole role) {
        List<UUID> users = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                with recursive up(id, parent_id, depth) as (
                    select id, parent_id, 0 from core.area where slug = ?
                    union all
                    select a.id, a.parent_id, up.depth + 1 from core.area a join up on a.id = up.parent_id
                    where up.depth < 64
                )
                select distinct r.user_id from core.area_role r
                join up on up.id = r.area_id
                join core.user_account u on u.id = r.user_id
                where r.role = ? and u.deleted_at is null and u.disabled_at is null""")) {
            s.setString(1, areaSlug);
            s.setString(2, role.id());
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    users.add(rows.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read who holds a role in an area", e);
        }
        return users;
    }
}

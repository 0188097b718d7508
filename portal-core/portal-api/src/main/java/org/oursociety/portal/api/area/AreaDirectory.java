package org.oursociety.portal.api.area;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.oursociety.portal.api.internal.area.HomeAreaCache;
import org.oursociety.portal.api.internal.cache.CacheInvalidation;
import org.oursociety.portal.api.internal.cache.Refreshed;

/**
 * The areas and module switches, read from the core schema by every WAR and re-read at most
 * every {@link #MAX_AGE}: an admin's switch reaches every WAR within that time, with no query
 * per request and no call to the core.
 */
@ApplicationScoped
public class AreaDirectory {

    public static final Duration MAX_AGE = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(AreaDirectory.class.getName());

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    // Keep the last picture: a database blip must not switch every module off.
    private final Refreshed<AreaMap> map = Refreshed.keepingLast("the areas and module switches", this::read,
            Clock.systemUTC(), MAX_AGE, AreaMap.empty());

    public AreaMap current() {
        return map.get();
    }

    @PostConstruct
    void listen() {
        CacheInvalidation.listen(CacheInvalidation.Topic.AREAS, key -> map.forget());
        CacheInvalidation.listen(CacheInvalidation.Topic.HOME_AREA,
                key -> homeAreas.forget(key == null ? null : UUID.fromString(key)));
    }

    /**
     * Reads again at once: for the WAR that has just made a change and answers with its effect. The change
     * is announced through {@link CacheInvalidation}, so every cache of the areas hears of it.
     */
    public AreaMap refreshNow() {
        CacheInvalidation.changed(CacheInvalidation.Topic.AREAS);
        return map.get();
    }

    private AreaMap read() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            return new AreaMap(areas(s), switches(s));
        }
    }

    private final HomeAreaCache homeAreas = new HomeAreaCache(MAX_AGE, java.time.Clock.systemUTC());

    /**
     * The area a user said they live in (profile), read at most every {@link #MAX_AGE} per user: the
     * header asks on every page.
     */
    public Optional<String> homeAreaId(UUID userId) {
        return homeAreas.get(userId, this::readHomeAreaId);
    }

    /** After a user changed their home area in this WAR: the next page reads it afresh. */
    public void forgetHomeArea(UUID userId) {
        CacheInvalidation.changed(CacheInvalidation.Topic.HOME_AREA, userId.toString());
    }

    /** {@code null} when it cannot be read (not remembered, so the next page tries again). */
    private Optional<String> readHomeAreaId(UUID userId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("select home_area_id from core.user_account where id = ?")) {
            select.setObject(1, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot read a home area: {0}", e.getMessage());
            return null;
        }
    }

    private static List<AreaMap.AreaRef> areas(Statement s) throws SQLException {
        List<AreaMap.AreaRef> areas = new ArrayList<>();
        try (ResultSet rows = s.executeQuery(
                "select id, slug, name, type, parent_id from core.area where archived_at is null")) {
            while (rows.next()) {
                areas.add(new AreaMap.AreaRef(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5)));
            }
        }
        return areas;
    }

    private static List<AreaMap.Switch> switches(Statement s) throws SQLException {
        List<AreaMap.Switch> switches = new ArrayList<>();
        try (ResultSet rows = s.executeQuery("select area_id, module_id, enabled, descendants from core.area_module")) {
            while (rows.next()) {
                switches.add(new AreaMap.Switch(rows.getString(1), rows.getString(2), rows.getBoolean(3), rows.getBoolean(4)));
            }
        }
        return switches;
    }
}

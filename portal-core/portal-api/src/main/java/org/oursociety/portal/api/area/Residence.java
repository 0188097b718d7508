package org.oursociety.portal.api.area;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.oursociety.portal.api.internal.cache.CacheInvalidation;
import org.oursociety.portal.api.internal.cache.Refreshed;
import org.oursociety.portal.api.security.PortalUser;

/**
 * Whether a user is a verified resident of an area, for every WAR: a module lets only residents of
 * a ward vote on its budget with {@code residence.isVerifiedResident(user, "riverside")}.
 *
 * <p>A resident of an area is also a resident of every area above it: someone verified in the ward
 * Riverside lives in Demo Borough too, so a borough-wide vote counts them. Not the other way round:
 * a claim verified for the borough says nothing about which ward.
 *
 * <p>Reads {@code core.residence} with plain JDBC, one small query per user at most every
 * {@link #MAX_AGE}, like the revocation list and the area directory: a decision reaches every WAR
 * within that time. The WAR that made a change calls {@link #forget} to see it at once.
 */
@ApplicationScoped
public class Residence {

    public static final Duration MAX_AGE = Duration.ofSeconds(2);
    /** Beyond this many cached users the cache starts afresh, so it cannot grow without bound. */
    private static final int MAX_CACHED = 10_000;

    private static final String RESIDENT_OF = """
            with recursive up (id, parent_id) as (
                select a.id, a.parent_id from core.residence r join core.area a on a.id = r.area_id
                where r.user_id = ? and r.status = 'verified'
              union
                select p.id, p.parent_id from core.area p join up on p.id = up.parent_id
            )
            select a.slug from up join core.area a on a.id = up.id""";

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    private Clock clock = Clock.systemUTC();
    private final ConcurrentHashMap<UUID, Refreshed<Set<String>>> cache = new ConcurrentHashMap<>();

    /** For CDI. */
    public Residence() {
    }

    /** Outside the container (tests). */
    public Residence(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    /** Outside the container (tests), on the test's clock. */
    public Residence(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        listen();
    }

    @PostConstruct
    void listen() {
        CacheInvalidation.listen(CacheInvalidation.Topic.RESIDENCE, key -> {
            if (key == null) {
                cache.clear();
            } else {
                cache.remove(UUID.fromString(key));
            }
        });
    }

    public boolean isVerifiedResident(PortalUser user, String areaSlug) {
        return user != null && areaSlug != null && residentOf(user.id()).contains(areaSlug);
    }

    public boolean isVerifiedResident(UUID userId, String areaSlug) {
        return userId != null && areaSlug != null && residentOf(userId).contains(areaSlug);
    }

    /** The slugs of every area the user is a verified resident of, the areas above included. */
    public Set<String> residentOf(UUID userId) {
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        // Unlike the directory, no last picture to fall back on: refusing a vote beats allowing a stranger's.
        return cache.computeIfAbsent(userId, id -> Refreshed.orFail("whether a user is a verified resident",
                () -> load(id), clock, MAX_AGE)).get();
    }

    /** Drops what is cached for this user: the next question reads the database. */
    public void forget(UUID userId) {
        CacheInvalidation.changed(CacheInvalidation.Topic.RESIDENCE, userId.toString());
    }

    private Set<String> load(UUID userId) throws SQLException {
        Set<String> slugs = new HashSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(RESIDENT_OF)) {
            s.setObject(1, userId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    slugs.add(rows.getString(1));
                }
            }
        }
        return Set.copyOf(slugs);
    }
}

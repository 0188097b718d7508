package org.oursociety.portal.api.area;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.oursociety.portal.api.internal.area.AccessPicture;
import org.oursociety.portal.api.internal.area.AccessPictureReader;
import org.oursociety.portal.api.internal.cache.CacheInvalidation;
import org.oursociety.portal.api.internal.cache.Refreshed;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.security.Roles;

/**
 * The one place every WAR asks whether a user may do something in an area:
 * {@code can(user, permission, areaSlug)}. Pages, REST resources and services of the core and of
 * every module go through it, never through role checks of their own.
 *
 * <p>Platform admins may do everything. Everyone else gets what their per-area roles and the
 * modules' declared permissions give them ({@link AccessPicture} holds the rules). The picture is read
 * from the core schema at most every {@link #MAX_AGE}, like the revocation list and
 * {@link AreaDirectory}: a grant or revocation reaches every WAR within that time, with no query per
 * request. If a read fails, the last picture is kept.
 */
@ApplicationScoped
public class AreaAccess {

    /** Edit the area itself (name, description, type, postcodes) and create areas under it. */
    public static final String MANAGE_AREA = "area.manage";
    /** Switch modules on and off in the area (and, through inheritance, below it). */
    public static final String SWITCH_MODULES = "area.modules";
    /** Grant and revoke the moderator role in the area. */
    public static final String GRANT_ROLES = "area.roles";
    public static final String DECIDE_RESIDENCE = "residence.decide";
    public static final String ISSUE_CODES = "residence.codes";
    /** Move or archive the area: only admins of an area above it hold this one. */
    public static final String RESHAPE_AREA = "area.reshape";
    /** Grant and revoke the area-admin role in the area: only admins of an area above it hold this one. */
    public static final String APPOINT_ADMINS = "area.admins";

    public static final Duration MAX_AGE = Duration.ofSeconds(2);
    /** An unknown slug (an area created a moment ago) makes a re-read, but not more often than this. */
    private static final Duration UNKNOWN_AREA_RETRY = Duration.ofMillis(200);
    private static final Logger LOG = Logger.getLogger(AreaAccess.class.getName());

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    private Clock clock = Clock.systemUTC();
    @Inject
    Residence residence;

    private Refreshed<AccessPicture> picture;

    /** For CDI. */
    public AreaAccess() {
    }

    /** Outside the container (tests). */
    public AreaAccess(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.residence = new Residence(dataSource, clock);
        init();
    }

    @PostConstruct
    void init() {
        AccessPictureReader reader = new AccessPictureReader(dataSource);
        // A failed read keeps the last picture: a database blip must not strip every moderator of their powers.
        picture = Refreshed.keepingLast("the area roles", reader::load, clock, MAX_AGE, AccessPicture.empty());
        Refreshed<AccessPicture> mine = picture;
        CacheInvalidation.listen(CacheInvalidation.Topic.AREA_ROLES, key -> mine.forget());
        // The picture holds the area tree too.
        CacheInvalidation.listen(CacheInvalidation.Topic.AREAS, key -> mine.forget());
    }

    public boolean can(PortalUser user, String permission, String areaSlug) {
        if (user == null) {
            return false;
        }
        if (user.hasRole(Roles.PLATFORM_ADMIN)) {
            return true;
        }
        AccessPicture picture = pictureKnowing(areaSlug);
        return picture.allows(user.id(), permission, areaSlug, () -> verifiedResidences(user.id()));
    }

    /** Every permission the user has in the area, for pages that show what one may do and for modules' UIs. */
    public Set<String> permissions(PortalUser user, String areaSlug) {
        AccessPicture picture = pictureKnowing(areaSlug);
        if (user == null || !picture.knowsArea(areaSlug)) {
            return Set.of();
        }
        if (user.hasRole(Roles.PLATFORM_ADMIN)) {
            return picture.allPermissions();
        }
        return picture.permissionsOf(user.id(), areaSlug, () -> verifiedResidences(user.id()));
    }

    /** Whether the area exists (archived too) as far as the last read knows. */
    public boolean knowsArea(String areaSlug) {
        return pictureKnowing(areaSlug).knowsArea(areaSlug);
    }

    /** The areas where the user was given the role themselves, by slug. */
    public Set<String> areasWhereHeld(PortalUser user, AreaRole role) {
        return user == null ? Set.of() : current().areasWhereHeld(user.id(), role);
    }

    /**
     * The slugs of the area (archived too) and of every area above it, nearest first, as far as the last
     * read knows; empty for an unknown area. For lists of what holds "here or above".
     */
    public List<String> selfAndAbove(String areaSlug) {
        return pictureKnowing(areaSlug).selfAndAbove(areaSlug);
    }

    /** Reads again at once: for the WAR that has just granted or revoked and answers with the effect. */
    public void refreshNow() {
        CacheInvalidation.changed(CacheInvalidation.Topic.AREA_ROLES);
        picture.get();
    }

    private AccessPicture pictureKnowing(String areaSlug) {
        AccessPicture current = current();
        if (areaSlug != null && !current.knowsArea(areaSlug)) {
            current = picture.fresherThan(UNKNOWN_AREA_RETRY);
        }
        return current;
    }

    private AccessPicture current() {
        return picture.get();
    }

    /** Where the user is a verified resident (areas above included); none when that cannot be read. */
    private Set<String> verifiedResidences(UUID userId) {
        try {
            return residence.residentOf(userId);
        } catch (IllegalStateException e) {
            // Refusing a resident's vote for a moment beats giving it to someone unverified.
            LOG.log(Level.WARNING, "Cannot read residences: {0}", e.getMessage());
            return Set.of();
        }
    }
}

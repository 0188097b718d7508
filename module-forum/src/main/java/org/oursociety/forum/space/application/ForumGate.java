package org.oursociety.forum.space.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.oursociety.forum.platform.ForumStartup;
import org.oursociety.forum.platform.ForumText;
import org.oursociety.forum.space.domain.SpaceSettings;
import org.oursociety.forum.space.infrastructure.SpaceStore;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.area.AreaDirectory;
import org.oursociety.portal.api.area.AreaMap;
import org.oursociety.portal.api.area.Residence;
import org.oursociety.portal.api.cache.Remembered;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.PortalUser;

/**
 * Who may read and write in an area's space: the forum switched on there, the space's read and post
 * policies, confirmation, residence (portal-api {@link Residence}), silences, and the permissions asked of
 * {@link AreaAccess}. Every service asks here before it reads or writes anything.
 */
@ApplicationScoped
public class ForumGate {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    AreaAccess access;

    @Inject
    Residence residence;

    @Inject
    AreaDirectory directory;

    private final Clock clock = Clock.systemUTC();
    private SpaceStore store;
    /** Every page of a space asks for its settings, often several times: read once per 2 s per area. */
    private Remembered<SpaceSettings> settings;

    @PostConstruct
    void init() {
        store = new SpaceStore(dataSource);
        settings = Remembered.of(SpaceStore.CACHE, Duration.ofSeconds(2), 10_000,
                areaSlug -> store.ensure(areaSlug, clock.instant()));
    }

    /** 404 unless the area exists and the forum is on there (also for paths that name a topic or post, not the area). */
    public void requireForumOn(String areaSlug) {
        AreaMap map = directory.current();
        Optional<AreaMap.AreaRef> area = map.bySlug(areaSlug);
        if (area.isEmpty() || !map.isEnabled("forum", area.get())) {
            throw Refusal.notFound();
        }
    }

    /** The space's settings once the reader may read it: 404 where the forum is off, 401 for members-only spaces. */
    public SpaceSettings requireReader(Optional<PortalUser> reader, String areaSlug) {
        requireForumOn(areaSlug);
        SpaceSettings space = settings.get(areaSlug);
        if (space.membersOnly() && reader.isEmpty()) {
            throw Refusal.signInFirst();
        }
        return space;
    }

    public boolean mayRead(Optional<PortalUser> reader, String areaSlug) {
        try {
            requireReader(reader, areaSlug);
            return true;
        } catch (Refusal refused) {
            return false;
        }
    }

    /** The caller, once they may post in the area: signed in, confirmed, resident where the space asks it, not silenced. */
    public PortalUser requirePoster(Optional<PortalUser> caller, String areaSlug) {
        SpaceSettings space = requireReader(caller, areaSlug);
        PortalUser user = caller.orElseThrow(Refusal::signInFirst);
        if (!user.confirmed()) {
            throw Refusal.of(Refusal.Kind.FORBIDDEN, ForumText.of("forum.refused.confirm-first"));
        }
        if (space.residentsOnly() && !residence.isVerifiedResident(user, areaSlug) && !isModerator(user, areaSlug)) {
            throw Refusal.of(Refusal.Kind.FORBIDDEN, ForumText.of("forum.refused.residents-only"));
        }
        Optional<Instant> silenced = store.silencedUntil(areaSlug, user.id(), clock.instant());
        if (silenced.isPresent()) {
            throw Refusal.of(Refusal.Kind.FORBIDDEN, ForumText.of("forum.refused.silenced", inWords(silenced.get())));
        }
        return user;
    }

    public boolean mayPost(Optional<PortalUser> caller, String areaSlug) {
        try {
            requirePoster(caller, areaSlug);
            return true;
        } catch (Refusal refused) {
            return false;
        }
    }

    public boolean isModerator(PortalUser user, String areaSlug) {
        return access.can(user, ForumStartup.MODERATE, areaSlug);
    }

    public boolean isModerator(Optional<PortalUser> user, String areaSlug) {
        return user.map(u -> isModerator(u, areaSlug)).orElse(false);
    }

    /** The moderator making the call: 401 anonymous, 403 without {@code forum.moderate} in the area. */
    public PortalUser requireModerator(Optional<PortalUser> caller, String areaSlug) {
        requireForumOn(areaSlug);
        PortalUser user = caller.orElseThrow(Refusal::signInFirst);
        if (!isModerator(user, areaSlug)) {
            throw Refusal.notAllowed();
        }
        return user;
    }

    /** The area admin making the call: 401 anonymous, 403 without {@code forum.manage} in the area. */
    public PortalUser requireManager(Optional<PortalUser> caller, String areaSlug) {
        requireForumOn(areaSlug);
        PortalUser user = caller.orElseThrow(Refusal::signInFirst);
        if (!access.can(user, ForumStartup.MANAGE, areaSlug)) {
            throw Refusal.notAllowed();
        }
        store.ensure(areaSlug, clock.instant());
        return user;
    }

    public boolean mayManage(Optional<PortalUser> caller, String areaSlug) {
        return caller.map(u -> access.can(u, ForumStartup.MANAGE, areaSlug)).orElse(false);
    }

    /** A moment in words, e.g. "30 November 2026, 14:05" (UTC; pages say it in the reader's language). */
    public static String inWords(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(Locale.UK)
                .withZone(ZoneId.of("Europe/London")).format(instant);
    }
}

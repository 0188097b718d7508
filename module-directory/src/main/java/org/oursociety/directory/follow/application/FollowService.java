package org.oursociety.directory.follow.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.oursociety.directory.follow.infrastructure.FollowStore;
import org.oursociety.directory.follow.infrastructure.FollowStore.Notice;
import org.oursociety.directory.follow.infrastructure.ForumMailMode;
import org.oursociety.directory.listing.application.DirectoryPermissions;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.mail.MailQueue;
import org.oursociety.portal.api.mail.MailRecipient;
import org.oursociety.portal.api.mail.ModuleMail;
import org.oursociety.portal.api.privacy.MemberNames;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.PortalUser;

/**
 * Residents follow organisations and hear of their new proposals, offers and wants: in the directory's in-app list
 * at once, and by mail as their forum mail setting says (at once, in a daily or weekly digest, or not at all). The
 * setting is the forum's, read over its API with the follower's own token and kept as a copy on the follow
 * (refreshed whenever they open a followed organisation's page): when news comes, the follower is not the one
 * making the request, so there is no token of theirs to ask the forum with.
 */
@ApplicationScoped
public class FollowService {

    private static final String BUNDLE = DirectoryPermissions.BUNDLE;
    private static final String DEFAULT_MODE = "immediate";
    private static final int LIST_MAX = 50;
    private static final int DIGEST_BATCH = 100;

    @Inject
    FollowStore store;

    @Inject
    ForumMailMode forumMode;

    @Inject
    MailQueue mail;

    /** Deleted accounts are looked at this far back each time, so a directory down for days still erases them. */
    private static final Duration ERASE_WINDOW = Duration.ofDays(30);

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    private MemberNames members;

    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void init() {
        members = new MemberNames(dataSource);
    }

    @Transactional
    public void follow(PortalUser user, String organizationId, Optional<String> token) {
        PortalUser follower = signedIn(user);
        if (organizationId == null || store.organization(organizationId).isEmpty()) {
            throw Refusal.notFound();
        }
        store.follow(organizationId, follower.id(), forumMode.of(token).orElse(DEFAULT_MODE), clock.instant());
    }

    @Transactional
    public void unfollow(PortalUser user, String organizationId) {
        store.unfollow(organizationId, signedIn(user).id());
    }

    public boolean follows(Optional<PortalUser> user, String organizationId) {
        return user.isPresent() && organizationId != null && store.follows(organizationId, user.get().id());
    }

    /** Brings the copy of the follower's mail setting up to date (they are here, so their token is too). */
    @Transactional
    public void refreshMode(PortalUser user, Optional<String> token) {
        forumMode.of(token).ifPresent(mode -> store.mailMode(user.id(), mode));
    }

    /**
     * Tells the organisation's followers of a new item, once per item however often it is told; in the caller's
     * transaction, so a want that is not saved tells nobody.
     */
    @Transactional
    public void told(String organizationId, String kind, String itemKey, String title, String href) {
        Instant now = clock.instant();
        FollowStore.Organization organization = store.organization(organizationId).orElseThrow(Refusal::notFound);
        store.news(organizationId, kind, itemKey, title, href, now).ifPresent(newsId -> {
            for (FollowStore.Follower f : store.notify(newsId, organizationId, now)) {
                if ("immediate".equals(f.mailMode())) {
                    mail.recipient(f.userId()).ifPresent(r -> mail.queue(ModuleMail.text(r.email(),
                            say(r, "follow.mail.subject", organization.name(), title),
                            say(r, "follow.mail.body", r.displayName(), organization.name(),
                                    say(r, "follow.kind." + kind), title, mail.link(href), mail.link(organization.href())), "directory-follow")));
                    store.mailed(f.userId(), List.of(newsId), now);
                }
            }
        });
    }

    /** The member's in-app list, newest first; opening it marks everything read. */
    @Transactional
    public List<Notice> notices(PortalUser user) {
        PortalUser member = signedIn(user);
        List<Notice> notices = store.notices(member.id(), LIST_MAX);
        store.markRead(member.id(), clock.instant());
        return notices;
    }

    public List<String> followed(PortalUser user) {
        return store.followed(signedIn(user).id());
    }

    /**
     * Erases the follows and notices of accounts deleted in the last 30 days (the core keeps only a tombstone);
     * run by the timer through ClusterOnce, and harmless to run again.
     */
    @Transactional
    public int forgetDeletedAccounts() {
        try {
            return store.forget(members.deletedSince(clock.instant().minus(ERASE_WINDOW)));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read deleted accounts: " + e.getMessage(), e);
        }
    }

    /** Sends the digests that are due; run by the timer through ClusterOnce. */
    @Transactional
    public void sendDigests() {
        Instant now = clock.instant();
        for (FollowStore.DigestDue due : store.digestsDue(now.minus(Duration.ofDays(1)), now.minus(Duration.ofDays(7)),
                DIGEST_BATCH)) {
            List<Notice> owed = store.unmailed(due.userId());
            if (owed.isEmpty()) {
                continue;
            }
            mail.recipient(due.userId()).ifPresent(r -> {
                String lines = owed.stream().map(n -> "- " + n.organizationName() + ": " + say(r, "follow.kind." + n.kind())
                        + " " + n.title() + "\n  " + mail.link(n.href())).collect(Collectors.joining("\n"));
                mail.queue(ModuleMail.text(r.email(), say(r, "follow.digest.subject", owed.size()),
                        say(r, "follow.digest.body", r.displayName(), lines), "directory-follow-digest"));
            });
            store.mailed(due.userId(), owed.stream().map(Notice::newsId).toList(), now);
        }
    }

    private static String say(MailRecipient r, String key, Object... args) {
        return new Message(BUNDLE, key, args).in(r.language());
    }

    private static PortalUser signedIn(PortalUser user) {
        if (user == null) {
            throw Refusal.signInFirst();
        }
        return user;
    }
}

package org.oursociety.forum.moderation.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.forum.notification.application.NotificationService;
import org.oursociety.forum.platform.ForumText;
import org.oursociety.forum.platform.Jdbc;
import org.oursociety.forum.space.application.ForumGate;
import org.oursociety.forum.space.domain.SpaceSettings;
import org.oursociety.forum.space.infrastructure.SpaceStore;
import org.oursociety.forum.topic.domain.PostView;
import org.oursociety.forum.topic.domain.TopicSummary;
import org.oursociety.forum.topic.infrastructure.TopicStore;
import org.oursociety.portal.api.audit.AuditEvent;
import org.oursociety.portal.api.audit.AuditTrail;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.PortalUser;

/**
 * Flags and the moderation queue. A member flags a post once (the table's unique key decides between two
 * clicks at once); when the weight of open flags reaches the area's threshold (3 by default) the post is hidden
 * at once and its author told why. A member whose earlier flags moderators agreed with three times or more
 * flags with weight 2. Moderators agree (keep hidden, optionally delete or silence), disagree (restore) or
 * ignore; every decision goes to the audit log with its reason.
 */
@ApplicationScoped
public class ModerationService {

    public static final Set<String> REASONS = Set.of("spam", "offensive", "off_topic", "other");
    public static final int TRUSTED_AFTER_AGREED = 3;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    ForumGate gate;

    @Inject
    AuditTrail audit;

    @Inject
    NotificationService notifications;

    private final Clock clock = Clock.systemUTC();
    private Jdbc jdbc;
    private TopicStore topics;
    private SpaceStore spaces;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource);
        topics = new TopicStore(dataSource);
        spaces = new SpaceStore(dataSource);
    }

    public record QueueEntry(PostView post, TopicSummary topic, long openFlags, List<String> reasons) {
    }

    /** Flags a post; 409 when this member flagged it before. @return whether the post is now hidden */
    @Transactional
    public boolean flag(Optional<PortalUser> caller, UUID postId, String reason, String text) {
        PostView post = topics.post(postId).orElseThrow(Refusal::notFound);
        TopicSummary topic = topics.topic(post.topicId()).orElseThrow();
        SpaceSettings settings = gate.requireReader(caller, topic.areaSlug());
        PortalUser user = caller.orElseThrow(Refusal::signInFirst);
        if (!user.confirmed()) {
            throw Refusal.of(Refusal.Kind.FORBIDDEN, ForumText.of("forum.refused.confirm-first"));
        }
        if (reason == null || !REASONS.contains(reason)) {
            throw Refusal.invalid("reason", ForumText.of("forum.flag.reason.invalid"));
        }
        String cleanText = text == null ? null : text.strip();
        if ("other".equals(reason) && (cleanText == null || cleanText.isEmpty())) {
            throw Refusal.invalid("text", ForumText.of("forum.flag.text.needed"));
        }
        if (cleanText != null && cleanText.length() > 500) {
            throw Refusal.invalid("text", ForumText.of("forum.flag.text.long", 500));
        }
        if (post.authorId().equals(user.id())) {
            throw Refusal.of(Refusal.Kind.CONFLICT, ForumText.of("forum.flag.own"));
        }
        topics.lockPost(postId);
        long agreed = jdbc.count("select count(*) from forum.flag where user_id = ? and status = 'agreed'", user.id());
        int weight = agreed >= TRUSTED_AFTER_AGREED ? 2 : 1;
        Instant now = clock.instant();
        if (jdbc.update("insert into forum.flag (id, post_id, user_id, reason, text, weight, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?) on conflict (post_id, user_id) do nothing",
                UUID.randomUUID(), postId, user.id(), reason, cleanText, weight, now) == 0) {
            throw Refusal.of(Refusal.Kind.CONFLICT, ForumText.of("forum.flag.again"));
        }
        PostView current = topics.post(postId).orElseThrow();
        if (current.hidden()) {
            return true;
        }
        long total = jdbc.count("select coalesce(sum(weight), 0) from forum.flag where post_id = ? and status = 'open'", postId);
        if (total >= settings.flagThreshold()) {
            String why = ForumText.of("forum.flag.hidden-reason", total).in(java.util.Locale.ENGLISH);
            topics.setHidden(postId, true, "flags", now);
            audit.recordBySystem(AuditEvent.of("forum.post-hidden", "forum-post", postId.toString(), topic.title())
                    .inArea(topic.areaSlug()).because(why).with("flags", Long.toString(total)));
            notifications.tellAuthor(post.authorId(), "hidden", topic.areaSlug(), topic.id(), postId, topic.title(),
                    reasonsOf(postId));
            return true;
        }
        return false;
    }

    /** A moderator hides or restores a post; restoring settles its open flags as disagreed, hiding as agreed. */
    @Transactional
    public void setHidden(Optional<PortalUser> caller, UUID postId, boolean hidden, String reason) {
        PostView post = topics.post(postId).orElseThrow(Refusal::notFound);
        TopicSummary topic = topics.topic(post.topicId()).orElseThrow();
        PortalUser moderator = gate.requireModerator(caller, topic.areaSlug());
        String why = reason == null || reason.isBlank() ? "-" : reason.strip();
        topics.lockPost(postId);
        Instant now = clock.instant();
        topics.setHidden(postId, hidden, hidden ? "moderator" : null, now);
        settleFlags(postId, hidden ? "agreed" : "disagreed", moderator, now);
        audit.record(AuditEvent.of(hidden ? "forum.post-hidden" : "forum.post-restored", "forum-post", postId.toString(),
                topic.title()).inArea(topic.areaSlug()).because(why));
        if (hidden) {
            notifications.tellAuthor(post.authorId(), "hidden", topic.areaSlug(), topic.id(), postId, topic.title(), why);
        }
    }

    /**
     * A decision from the queue: {@code agree} keeps the post hidden (and may delete it or silence its author for
     * {@code silenceDays}), {@code disagree} restores it, {@code ignore} closes the flags and changes nothing else.
     */
    @Transactional
    public void review(Optional<PortalUser> caller, UUID postId, String decision, String reason, boolean deletePost,
                       Integer silenceDays) {
        PostView post = topics.post(postId).orElseThrow(Refusal::notFound);
        TopicSummary topic = topics.topic(post.topicId()).orElseThrow();
        PortalUser moderator = gate.requireModerator(caller, topic.areaSlug());
        String why = reason == null || reason.isBlank() ? "-" : reason.strip();
        Instant now = clock.instant();
        topics.lockPost(postId);
        switch (decision == null ? "" : decision) {
            case "agree" -> {
                topics.setHidden(postId, true, "moderator", now);
                settleFlags(postId, "agreed", moderator, now);
                if (deletePost) {
                    topics.markDeleted(postId, now);
                }
                audit.record(AuditEvent.of("forum.flags-agreed", "forum-post", postId.toString(), topic.title())
                        .inArea(topic.areaSlug()).because(why).with("deleted", Boolean.toString(deletePost)));
                notifications.tellAuthor(post.authorId(), "hidden", topic.areaSlug(), topic.id(), postId, topic.title(),
                        why);
                if (silenceDays != null && silenceDays > 0) {
                    silence(moderator, topic.areaSlug(), post.authorId(), silenceDays, why, topic, now);
                }
            }
            case "disagree" -> {
                topics.setHidden(postId, false, null, now);
                settleFlags(postId, "disagreed", moderator, now);
                audit.record(AuditEvent.of("forum.post-restored", "forum-post", postId.toString(), topic.title())
                        .inArea(topic.areaSlug()).because(why));
            }
            case "ignore" -> {
                settleFlags(postId, "ignored", moderator, now);
                audit.record(AuditEvent.of("forum.flags-ignored", "forum-post", postId.toString(), topic.title())
                        .inArea(topic.areaSlug()).because(why));
            }
            default -> throw Refusal.invalid("decision", ForumText.of("forum.review.decision.invalid"));
        }
    }

    /** Silences a member in the area (cannot post) for some days; they are told until when. */
    @Transactional
    public Instant silence(Optional<PortalUser> caller, String areaSlug, UUID userId, int days, String reason) {
        PortalUser moderator = gate.requireModerator(caller, areaSlug);
        if (days < 1 || days > 365) {
            throw Refusal.invalid("days", ForumText.of("forum.silence.days", 1, 365));
        }
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("reason", ForumText.of("forum.silence.reason"));
        }
        return silence(moderator, areaSlug, userId, days, reason.strip(), null, clock.instant());
    }

    private Instant silence(PortalUser moderator, String areaSlug, UUID userId, int days, String why,
                            TopicSummary topic, Instant now) {
        Instant until = now.plus(Duration.ofDays(days));
        spaces.silence(areaSlug, userId, until, why, moderator.id(), now);
        audit.record(AuditEvent.of("forum.member-silenced", "user", userId.toString(), userId.toString())
                .inArea(areaSlug).because(why).with("until", until.toString()));
        notifications.tellAuthor(userId, "silenced", areaSlug, topic == null ? null : topic.id(), null,
                topic == null ? areaSlug : topic.title(), ForumText.of("forum.silence.told", ForumGate.inWords(until), why)
                        .in(java.util.Locale.ENGLISH));
        return until;
    }

    /** Posts with open flags, hidden by flags and not yet reviewed, newest first. */
    @Transactional
    public List<QueueEntry> queue(Optional<PortalUser> caller, String areaSlug) {
        gate.requireModerator(caller, areaSlug);
        List<UUID> ids = jdbc.list("""
                select p.id from forum.post p join forum.topic t on t.id = p.topic_id
                where t.area_slug = ? and (exists (select 1 from forum.flag f where f.post_id = p.id and f.status = 'open'))
                order by p.created_at desc limit 100""", r -> r.getObject(1, UUID.class), areaSlug);
        return ids.stream().map(id -> {
            PostView post = topics.post(id).orElseThrow();
            List<String> reasons = jdbc.list("select reason || coalesce(': ' || text, '') from forum.flag"
                    + " where post_id = ? and status = 'open' order by created_at", r -> r.getString(1), id);
            return new QueueEntry(post, topics.topic(post.topicId()).orElseThrow(), reasons.size(), reasons);
        }).toList();
    }

    private void settleFlags(UUID postId, String status, PortalUser moderator, Instant now) {
        jdbc.update("update forum.flag set status = ?, decided_at = ?, decided_by = ? where post_id = ? and status = 'open'",
                status, now, moderator.id(), postId);
    }

    private String reasonsOf(UUID postId) {
        return String.join(", ", jdbc.list("select distinct reason from forum.flag where post_id = ? and status = 'open'",
                r -> r.getString(1), postId));
    }
}

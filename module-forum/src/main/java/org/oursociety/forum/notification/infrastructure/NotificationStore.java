package org.oursociety.forum.notification.infrastructure;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.forum.platform.Jdbc;

/** {@code forum.notification}, {@code forum.subscription}, {@code forum.mail_setting} and {@code forum.participant}. */
public class NotificationStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    public record Item(UUID id, String kind, UUID topicId, UUID postId, String areaSlug, String summary,
                       Instant createdAt, Instant readAt) {
    }

    public record MailSetting(UUID userId, String mode, String unsubscribeToken, Instant lastDigestAt) {
    }

    private final Jdbc jdbc;

    public NotificationStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public void participant(UUID userId, String handle, String displayName, Instant now) {
        jdbc.update("insert into forum.participant (user_id, handle, display_name, updated_at) values (?, ?, ?, ?)"
                + " on conflict (user_id) do update set handle = excluded.handle, display_name = excluded.display_name,"
                + " updated_at = excluded.updated_at", userId, handle, displayName, now);
    }

    public List<UUID> byHandle(String handle) {
        return jdbc.list("select user_id from forum.participant where lower(handle) = ? limit 5",
                r -> r.getObject(1, UUID.class), handle);
    }

    /** Sets a level unless the member chose one already ({@code onlyIfNone}), or always. */
    public void subscribe(UUID userId, String targetType, UUID targetId, String level, boolean onlyIfNone) {
        jdbc.update("insert into forum.subscription (user_id, target_type, target_id, level) values (?, ?, ?, ?)"
                + (onlyIfNone ? " on conflict do nothing" : " on conflict (user_id, target_type, target_id) do update"
                + " set level = excluded.level"), userId, targetType, targetId, level);
    }

    public Optional<String> level(UUID userId, String targetType, UUID targetId) {
        return jdbc.one("select level from forum.subscription where user_id = ? and target_type = ? and target_id = ?",
                r -> r.getString(1), userId, targetType, targetId);
    }

    /** Members watching the topic, or its category without a level of their own for the topic. */
    public List<UUID> watchers(UUID topicId, UUID categoryId) {
        return jdbc.list("""
                select s.user_id from forum.subscription s where s.target_type = 'topic' and s.target_id = ? and s.level = 'watch'
                union
                select c.user_id from forum.subscription c where c.target_type = 'category' and c.target_id = ? and c.level = 'watch'
                  and not exists (select 1 from forum.subscription t where t.user_id = c.user_id and t.target_type = 'topic'
                                  and t.target_id = ?)""", r -> r.getObject(1, UUID.class), topicId, categoryId, topicId);
    }

    /** Whether the member muted the topic (or its category, without a level for the topic). */
    public boolean muted(UUID userId, UUID topicId, UUID categoryId) {
        String topicLevel = level(userId, "topic", topicId).orElse(null);
        if (topicLevel != null) {
            return "mute".equals(topicLevel);
        }
        return "mute".equals(level(userId, "category", categoryId).orElse(null));
    }

    public UUID add(UUID userId, String kind, UUID topicId, UUID postId, String areaSlug, String summary, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into forum.notification (id, user_id, kind, topic_id, post_id, area_slug, summary, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)", id, userId, kind, topicId, postId, areaSlug, summary, now);
        return id;
    }

    public void mailed(List<UUID> ids, Instant now) {
        for (UUID id : ids) {
            jdbc.update("update forum.notification set mailed_at = ? where id = ?", now, id);
        }
    }

    public List<Item> of(UUID userId, int limit) {
        return jdbc.list("select id, kind, topic_id, post_id, area_slug, summary, created_at, read_at from forum.notification"
                + " where user_id = ? order by created_at desc limit ?", r -> new Item(r.getObject(1, UUID.class),
                r.getString(2), r.getObject(3, UUID.class), r.getObject(4, UUID.class), r.getString(5), r.getString(6),
                Jdbc.instant(r, "created_at"), Jdbc.instant(r, "read_at")), userId, limit);
    }

    public long unread(UUID userId) {
        return jdbc.count("select count(*) from forum.notification where user_id = ? and read_at is null", userId);
    }

    public void markAllRead(UUID userId, Instant now) {
        jdbc.update("update forum.notification set read_at = ? where user_id = ? and read_at is null", now, userId);
    }

    public List<Item> unmailed(UUID userId) {
        return jdbc.list("select id, kind, topic_id, post_id, area_slug, summary, created_at, read_at from forum.notification"
                + " where user_id = ? and mailed_at is null order by created_at", r -> new Item(r.getObject(1, UUID.class),
                r.getString(2), r.getObject(3, UUID.class), r.getObject(4, UUID.class), r.getString(5), r.getString(6),
                Jdbc.instant(r, "created_at"), Jdbc.instant(r, "read_at")), userId);
    }

    /** The member's mail setting, created (at once, with a random unsubscribe token) on first need. */
    public MailSetting mailSetting(UUID userId) {
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        jdbc.update("insert into forum.mail_setting (user_id, unsubscribe_token) values (?, ?) on conflict do nothing",
                userId, Base64.getUrlEncoder().withoutPadding().encodeToString(token));
        return jdbc.one("select user_id, mode, unsubscribe_token, last_digest_at from forum.mail_setting where user_id = ?",
                r -> new MailSetting(r.getObject(1, UUID.class), r.getString(2), r.getString(3),
                        Jdbc.instant(r, "last_digest_at")), userId).orElseThrow();
    }

    public void setMode(UUID userId, String mode) {
        mailSetting(userId);
        jdbc.update("update forum.mail_setting set mode = ? where user_id = ?", mode, userId);
    }

    /** Whether a mail's unsubscribe token names a member (the page asks before it acts). */
    public boolean knowsUnsubscribeToken(String token) {
        return jdbc.count("select count(*) from forum.mail_setting where unsubscribe_token = ?", token) == 1;
    }

    /** One click from a mail, no sign-in: the token names the member. */
    public boolean unsubscribe(String token) {
        return jdbc.update("update forum.mail_setting set mode = 'none' where unsubscribe_token = ?", token) == 1;
    }

    /** Members on a digest whose period has passed and who have unmailed notifications; claimed by stamping. */
    public List<MailSetting> dueDigests(String mode, Instant before) {
        return jdbc.list("""
                select m.user_id, m.mode, m.unsubscribe_token, m.last_digest_at from forum.mail_setting m
                where m.mode = ? and coalesce(m.last_digest_at, 'epoch'::timestamptz) < ?
                  and exists (select 1 from forum.notification n where n.user_id = m.user_id and n.mailed_at is null)
                for update of m skip locked""", r -> new MailSetting(r.getObject(1, UUID.class), r.getString(2),
                r.getString(3), Jdbc.instant(r, "last_digest_at")), mode, before);
    }

    public void digestSent(UUID userId, Instant now) {
        jdbc.update("update forum.mail_setting set last_digest_at = ? where user_id = ?", now, userId);
    }

    public List<java.util.Map.Entry<String, String>> subscriptions(UUID userId) {
        return jdbc.list("select target_type || ':' || target_id, level from forum.subscription where user_id = ?",
                r -> java.util.Map.entry(r.getString(1), r.getString(2)), userId);
    }
}

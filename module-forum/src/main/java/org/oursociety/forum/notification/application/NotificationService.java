package org.oursociety.forum.notification.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oursociety.forum.notification.infrastructure.NotificationStore;
import org.oursociety.forum.platform.ForumText;
import org.oursociety.forum.topic.domain.Mentions;
import org.oursociety.portal.api.mail.MailQueue;
import org.oursociety.portal.api.mail.MailRecipient;
import org.oursociety.portal.api.mail.ModuleMail;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.PortalUser;

/**
 * Who hears of a new post and how: replies to you and mentions always, watchers of the topic or its category
 * every post, nobody who muted it; in the forum's list at once and by mail at once or in a daily or weekly digest
 * (each member's choice), every mail with a one-click unsubscribe link. Mails go through portal-api's
 * {@link MailQueue} in the post's own transaction.
 */
@ApplicationScoped
public class NotificationService {

    public static final List<String> MODES = List.of("immediate", "daily", "weekly", "none");

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    MailQueue mail;

    @Inject
    @ConfigProperty(name = "portal.forum.digest-daily-seconds", defaultValue = "86400")
    long dailySeconds;

    @Inject
    @ConfigProperty(name = "portal.forum.digest-weekly-seconds", defaultValue = "604800")
    long weeklySeconds;

    private final Clock clock = Clock.systemUTC();
    private NotificationStore store;

    @PostConstruct
    void init() {
        store = new NotificationStore(dataSource);
    }

    /** What a post is about, for the notices of it. */
    public record NewPost(String areaSlug, UUID topicId, UUID categoryId, String topicTitle, UUID postId, int number,
                          UUID authorId, String authorName, String source, UUID replyToAuthor, boolean firstPost) {
    }

    /** Called in the post's transaction. */
    public void posted(NewPost post) {
        Instant now = clock.instant();
        store.participant(post.authorId(), Mentions.handleOf(post.authorName()), post.authorName(), now);
        // Discourse's defaults: the one who starts a topic watches it, those who reply track it.
        store.subscribe(post.authorId(), "topic", post.topicId(), post.firstPost() ? "watch" : "track", true);
        Map<UUID, String> recipients = new LinkedHashMap<>();
        if (post.replyToAuthor() != null) {
            recipients.put(post.replyToAuthor(), "reply");
        }
        for (String handle : Mentions.handlesIn(post.source())) {
            for (UUID mentioned : store.byHandle(handle)) {
                recipients.putIfAbsent(mentioned, "mention");
            }
        }
        for (UUID watcher : store.watchers(post.topicId(), post.categoryId())) {
            recipients.putIfAbsent(watcher, "watched");
        }
        recipients.remove(post.authorId());
        recipients.forEach((user, kind) -> {
            if ("watched".equals(kind) && store.muted(user, post.topicId(), post.categoryId())) {
                return;
            }
            String summary = post.authorName() + ": " + post.topicTitle();
            UUID id = store.add(user, kind, post.topicId(), post.postId(), post.areaSlug(), summary, now);
            mailAtOnce(user, id, kind, post.areaSlug(), post.topicTitle(), post.authorName(), link(post), now);
        });
    }

    /** Tells an author why their post was hidden or what a moderator did, in the list and by mail at once. */
    public void tellAuthor(UUID author, String kind, String areaSlug, UUID topicId, UUID postId, String topicTitle,
                           String reason) {
        Instant now = clock.instant();
        UUID id = store.add(author, kind, topicId, postId, areaSlug, topicTitle + " — " + reason, now);
        mail.recipient(author).ifPresent(r -> {
            NotificationStore.MailSetting setting = store.mailSetting(author);
            String subject = ForumText.of("forum.mail." + kind + ".subject", topicTitle).in(r.language());
            String body = ForumText.of("forum.mail." + kind + ".body", r.displayName(), topicTitle, reason,
                    mail.link("/forum/" + areaSlug + "/topic.xhtml?id=" + topicId)).in(r.language())
                    + footer(r, setting);
            mail.queue(ModuleMail.text(r.email(), subject, body, "forum-" + kind));
            store.mailed(List.of(id), now);
        });
    }

    private void mailAtOnce(UUID user, UUID notification, String kind, String areaSlug, String title, String author,
                            String link, Instant now) {
        NotificationStore.MailSetting setting = store.mailSetting(user);
        if (!"immediate".equals(setting.mode())) {
            if ("none".equals(setting.mode())) {
                store.mailed(List.of(notification), now); // nothing will ever mail it
            }
            return;
        }
        Optional<MailRecipient> recipient = mail.recipient(user);
        recipient.ifPresent(r -> {
            String subject = ForumText.of("forum.mail." + kind + ".subject", title, author).in(r.language());
            String body = ForumText.of("forum.mail." + kind + ".body", r.displayName(), title, author, link)
                    .in(r.language()) + footer(r, setting);
            mail.queue(ModuleMail.text(r.email(), subject, body, "forum-" + kind));
        });
        store.mailed(List.of(notification), now);
    }

    private String footer(MailRecipient r, NotificationStore.MailSetting setting) {
        return "\n\n-- \n" + ForumText.of("forum.mail.footer", mail.link("/forum/unsubscribe.xhtml?token="
                + setting.unsubscribeToken()), mail.link("/forum/notifications.xhtml")).in(r.language());
    }

    private String link(NewPost post) {
        return mail.link("/forum/" + post.areaSlug() + "/topic.xhtml?id=" + post.topicId() + "&page="
                + ((post.number() - 1) / 20 + 1) + "#post-" + post.number());
    }

    @Transactional
    public List<NotificationStore.Item> list(Optional<PortalUser> caller) {
        PortalUser user = caller.orElseThrow(Refusal::signInFirst);
        return store.of(user.id(), 50);
    }

    @Transactional
    public long unread(Optional<PortalUser> caller) {
        return caller.map(u -> store.unread(u.id())).orElse(0L);
    }

    @Transactional
    public void markAllRead(Optional<PortalUser> caller) {
        store.markAllRead(caller.orElseThrow(Refusal::signInFirst).id(), clock.instant());
    }

    @Transactional
    public NotificationStore.MailSetting mailSetting(Optional<PortalUser> caller) {
        return store.mailSetting(caller.orElseThrow(Refusal::signInFirst).id());
    }

    @Transactional
    public void setMode(Optional<PortalUser> caller, String mode) {
        PortalUser user = caller.orElseThrow(Refusal::signInFirst);
        if (mode == null || !MODES.contains(mode)) { // Set.of refuses to look up null
            throw Refusal.invalid("mode", ForumText.of("forum.settings.mode.invalid"));
        }
        store.setMode(user.id(), mode);
    }

    /** Sets the member's level for a topic or category: watch, track or mute. */
    @Transactional
    public void setLevel(Optional<PortalUser> caller, String targetType, UUID targetId, String level) {
        PortalUser user = caller.orElseThrow(Refusal::signInFirst);
        if (level == null || !Set.of("watch", "track", "mute").contains(level)) {
            throw Refusal.invalid("level", ForumText.of("forum.settings.level.invalid"));
        }
        store.subscribe(user.id(), targetType, targetId, level, false);
    }

    @Transactional
    public Optional<String> level(Optional<PortalUser> caller, String targetType, UUID targetId) {
        return caller.flatMap(u -> store.level(u.id(), targetType, targetId));
    }

    @Transactional
    public boolean knowsUnsubscribeToken(String token) {
        return token != null && !token.isBlank() && token.length() <= 64 && store.knowsUnsubscribeToken(token);
    }

    @Transactional
    public boolean unsubscribe(String token) {
        return token != null && !token.isBlank() && store.unsubscribe(token);
    }

    /** Sends the digests that are due; run by the digest timer through ClusterOnce. */
    @Transactional
    public int sendDueDigests() {
        Instant now = clock.instant();
        int sent = 0;
        for (String mode : List.of("daily", "weekly")) {
            Duration period = Duration.ofSeconds("daily".equals(mode) ? dailySeconds : weeklySeconds);
            for (NotificationStore.MailSetting setting : store.dueDigests(mode, now.minus(period))) {
                List<NotificationStore.Item> items = store.unmailed(setting.userId());
                Optional<MailRecipient> recipient = mail.recipient(setting.userId());
                if (recipient.isPresent() && !items.isEmpty()) {
                    MailRecipient r = recipient.get();
                    StringBuilder body = new StringBuilder(ForumText.of("forum.mail.digest.body", r.displayName(),
                            items.size()).in(r.language())).append("\n\n");
                    for (NotificationStore.Item item : items) {
                        body.append("- ").append(item.summary()).append('\n').append("  ")
                                .append(mail.link("/forum/" + item.areaSlug() + "/topic.xhtml?id=" + item.topicId()))
                                .append('\n');
                    }
                    body.append(footer(r, setting));
                    mail.queue(ModuleMail.text(r.email(), ForumText.of("forum.mail.digest.subject", items.size())
                            .in(r.language()), body.toString(), "forum-digest"));
                    sent++;
                }
                store.mailed(items.stream().map(NotificationStore.Item::id).toList(), now);
                store.digestSent(setting.userId(), now);
            }
        }
        return sent;
    }

    public static List<String> kinds() {
        return new ArrayList<>(List.of("reply", "mention", "watched", "hidden", "silenced", "moderated"));
    }
}

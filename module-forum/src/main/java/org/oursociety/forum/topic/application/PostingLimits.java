package org.oursociety.forum.topic.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.oursociety.forum.platform.ForumLimits;
import org.oursociety.forum.platform.ForumText;
import org.oursociety.forum.topic.infrastructure.TopicStore;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.AccountAge;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.text.RenderedText;
import org.oursociety.portal.api.text.UserText;

/**
 * The abuse limits of issue 10 item 5, counted in {@code forum.rate_event} so that they hold across restarts and
 * instances. A member's writes are serialised by a transaction-scoped advisory lock, so two tabs posting at once
 * are counted one after the other. Every check runs before anything is written.
 */
@ApplicationScoped
public class PostingLimits {

    public static final String TOPIC = "topic";
    public static final String POST = "post";

    @Inject
    ForumLimits limits;

    @Inject
    AccountAge ages;

    /** Refuses (429 with Retry-After, or 400 for too many links) or returns the text's hash to {@link #record}. */
    public String check(TopicStore store, PortalUser user, String kind, RenderedText body, Instant now) {
        store.lockMember(user.id());
        Optional<Instant> created = ages.createdAt(user.id());
        boolean isNew = created.map(c -> c.isAfter(now.minus(Duration.ofHours(limits.newAccountHours())))).orElse(false);
        if (isNew && UserText.linkCount(body) > limits.newMaxLinks()) {
            throw Refusal.invalid("body", ForumText.of("forum.limit.links", limits.newMaxLinks()));
        }
        String hash = hash(body.source());
        Duration window = Duration.ofSeconds(limits.duplicateWindowSeconds());
        if (store.sameTextSince(user.id(), hash, now.minus(window))) {
            throw Refusal.tooMany(ForumText.of("forum.limit.duplicate", window.toMinutes()), window);
        }
        boolean topic = TOPIC.equals(kind);
        int interval = topic
                ? (isNew ? limits.newTopicIntervalSeconds() : limits.topicIntervalSeconds())
                : (isNew ? limits.newPostIntervalSeconds() : limits.postIntervalSeconds());
        Optional<Instant> last = store.lastWrite(user.id(), kind);
        if (last.isPresent()) {
            Instant allowed = last.get().plusSeconds(interval);
            if (allowed.isAfter(now)) {
                long wait = Math.max(1, (Duration.between(now, allowed).toMillis() + 999) / 1000);
                throw Refusal.tooMany(ForumText.of(topic ? "forum.limit.topic-interval" : "forum.limit.post-interval",
                        interval, wait), Duration.ofSeconds(wait));
            }
        }
        if (isNew) {
            int cap = topic ? limits.newTopicsPerDay() : limits.newRepliesPerDay();
            if (store.writesSince(user.id(), kind, created.get()) >= cap) {
                Instant dayOld = created.get().plus(Duration.ofHours(limits.newAccountHours()));
                long wait = Math.max(1, Duration.between(now, dayOld).getSeconds());
                throw Refusal.tooMany(ForumText.of(topic ? "forum.limit.new-topics" : "forum.limit.new-replies", cap),
                        Duration.ofSeconds(wait));
            }
        }
        return hash;
    }

    public void record(TopicStore store, PortalUser user, String kind, String hash, Instant now) {
        store.recordWrite(user.id(), kind, hash, now);
    }

    static String hash(String source) {
        String normal = source.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.oursociety.forum.topic.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.forum.notification.application.NotificationService;
import org.oursociety.forum.platform.ForumNames;
import org.oursociety.forum.platform.ForumText;
import org.oursociety.forum.space.application.ForumGate;
import org.oursociety.forum.space.domain.Category;
import org.oursociety.forum.space.infrastructure.SpaceStore;
import org.oursociety.forum.topic.domain.PostView;
import org.oursociety.forum.topic.domain.TopicSummary;
import org.oursociety.forum.topic.infrastructure.TopicStore;
import org.oursociety.portal.api.audit.AuditEvent;
import org.oursociety.portal.api.audit.AuditTrail;
import org.oursociety.portal.api.cache.Remembered;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.text.RenderedText;
import org.oursociety.portal.api.text.UserText;

/**
 * Topics and posts: start, reply (in reply to a post, quoting, mentioning), edit with history, delete with a
 * tombstone, like; lock, pin, close and move by moderators. Every write asks {@link ForumGate} (and through it
 * portal-api's AreaAccess and Residence) first, then the limits, and writes nothing when refused.
 */
@ApplicationScoped
public class TopicService {

    public static final int BODY_MAX = 20_000;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    ForumGate gate;

    @Inject
    PostingLimits limits;

    @Inject
    NotificationService notifications;

    @Inject
    AuditTrail audit;

    @Inject
    ForumNames names;

    private final Clock clock = Clock.systemUTC();
    private final UserText userText = new UserText();
    private TopicStore store;
    private SpaceStore spaces;
    /** Topics as every reader sees them, for 2 s (key: topic id); {@link TopicStore} says when one changed. */
    private Remembered<Optional<TopicSummary>> topics;
    /** Pages of posts with their authors' names (key: topic id / first number), the same way. */
    private Remembered<Posts> pages;
    /** Pages of an area's latest topics or a category's (key: "area/" or "category/", id, "/", page). */
    private Remembered<TopicList> lists;

    @PostConstruct
    void init() {
        store = new TopicStore(dataSource);
        spaces = new SpaceStore(dataSource);
        topics = Remembered.of(TopicStore.CACHE, Duration.ofSeconds(2), 20_000,
                key -> store.topic(UUID.fromString(key)));
        // at most about 2,000 pages of 20 posts (tens of MB): the busy ones, read by many at once
        pages = Remembered.of(TopicStore.CACHE, Duration.ofSeconds(2), 2_000, key -> {
            int slash = key.indexOf('/');
            int from = Integer.parseInt(key.substring(slash + 1));
            List<PostView> posts = store.posts(UUID.fromString(key.substring(0, slash)), from,
                    from + TopicSummary.PAGE_SIZE - 1);
            return new Posts(List.copyOf(posts),
                    Map.copyOf(names.stored(posts.stream().map(PostView::authorId).distinct().toList())));
        });
        lists = Remembered.of(SpaceStore.LISTS_CACHE, Duration.ofSeconds(2), 2_000, key -> {
            String[] parts = key.split("/");
            int offset = (Integer.parseInt(parts[2]) - 1) * TopicSummary.PAGE_SIZE;
            return parts[0].equals("area")
                    ? new TopicList(List.copyOf(store.latest(parts[1], TopicSummary.PAGE_SIZE, offset)), store.count(parts[1]))
                    : new TopicList(List.copyOf(store.inCategory(UUID.fromString(parts[1]), TopicSummary.PAGE_SIZE, offset)),
                            store.countInCategory(UUID.fromString(parts[1])));
        });
    }

    /** A page of posts and the names of their authors who still have an account. */
    private record Posts(List<PostView> posts, Map<UUID, String> names) {
    }

    /**
     * A page of a topic as the reader may see it. {@code authors}: display names of the posts' authors who still
     * have an account (others are shown as a former member, in the reader's language).
     */
    public record TopicPage(TopicSummary topic, int page, List<PostView> posts, Map<UUID, String> authors,
                            boolean moderator, Integer firstUnread) {
    }

    public record TopicList(List<TopicSummary> topics, long total) {
    }

    /** The text as pages show it, for the preview before posting. */
    public RenderedText preview(String markdown) {
        return userText.render(markdown);
    }

    @Transactional
    public TopicList latest(Optional<PortalUser> reader, String areaSlug, int page) {
        gate.requireReader(reader, areaSlug);
        return lists.get("area/" + areaSlug + "/" + Math.max(1, page));
    }

    @Transactional
    public TopicList inCategory(Optional<PortalUser> reader, String areaSlug, UUID categoryId, int page) {
        gate.requireReader(reader, areaSlug);
        spaces.category(categoryId).filter(c -> c.areaSlug().equals(areaSlug)).orElseThrow(Refusal::notFound);
        return lists.get("category/" + categoryId + "/" + Math.max(1, page));
    }

    /** Page {@code page} of the topic (20 posts); remembers how far a signed-in reader has read. */
    @Transactional
    public TopicPage read(Optional<PortalUser> reader, UUID topicId, int page) {
        TopicSummary topic = topics.get(topicId.toString()).orElseThrow(Refusal::notFound);
        gate.requireReader(reader, topic.areaSlug());
        int p = Math.min(Math.max(1, page), topic.pages());
        int from = (p - 1) * TopicSummary.PAGE_SIZE + 1;
        Posts shown = pages.get(topicId + "/" + from);
        List<PostView> posts = shown.posts();
        Integer firstUnread = null;
        if (reader.isPresent()) {
            int last = store.lastRead(reader.get().id(), topicId).orElse(0);
            firstUnread = last < topic.posts() ? last + 1 : null;
            if (!posts.isEmpty()) {
                store.read(reader.get().id(), topicId, posts.get(posts.size() - 1).number());
            }
        }
        return new TopicPage(topic, p, posts, shown.names(), gate.isModerator(reader, topic.areaSlug()), firstUnread);
    }

    @Transactional
    public TopicSummary topic(Optional<PortalUser> reader, UUID topicId) {
        return readable(reader, topicId);
    }

    @Transactional
    public PostView post(Optional<PortalUser> reader, UUID postId) {
        PostView post = store.post(postId).orElseThrow(Refusal::notFound);
        readable(reader, post.topicId());
        return post;
    }

    @Transactional
    public List<TopicStore.Revision> revisions(Optional<PortalUser> caller, UUID postId) {
        PostView post = store.post(postId).orElseThrow(Refusal::notFound);
        TopicSummary topic = readable(caller, post.topicId());
        gate.requireModerator(caller, topic.areaSlug());
        return store.revisions(postId);
    }

    @Transactional
    public List<PostView> byAuthor(Optional<PortalUser> reader, String areaSlug, UUID authorId, int page) {
        gate.requireReader(reader, areaSlug);
        boolean moderator = gate.isModerator(reader, areaSlug);
        return store.byAuthor(authorId, 200, 0).stream()
                .filter(p -> store.topic(p.topicId()).map(t -> t.areaSlug().equals(areaSlug)).orElse(false))
                .filter(p -> moderator || (!p.hidden() && !p.deleted()))
                .skip((long) (Math.max(1, page) - 1) * TopicSummary.PAGE_SIZE).limit(TopicSummary.PAGE_SIZE).toList();
    }

    /** Starts a topic with its first post; in the area's "General" category unless another is named. */
    @Transactional
    public TopicSummary start(Optional<PortalUser> caller, String areaSlug, String title, String body, UUID categoryId) {
        PortalUser user = gate.requirePoster(caller, areaSlug);
        String cleanTitle = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        Map<String, Message> errors = new LinkedHashMap<>();
        if (cleanTitle.length() < TopicSummary.TITLE_MIN || cleanTitle.length() > TopicSummary.TITLE_MAX) {
            errors.put("title", ForumText.of("forum.topic.title.length", TopicSummary.TITLE_MIN, TopicSummary.TITLE_MAX));
        }
        checkBody(body, errors);
        Category category = categoryId == null
                ? spaces.general(areaSlug).orElseThrow(Refusal::notFound)
                : spaces.category(categoryId).filter(c -> c.areaSlug().equals(areaSlug) && !c.archived())
                        .orElseGet(() -> {
                            errors.put("category", ForumText.of("forum.topic.category.unknown"));
                            return null;
                        });
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        RenderedText text = userText.render(body);
        Instant now = clock.instant();
        String hash = limits.check(store, user, PostingLimits.TOPIC, text, now);
        UUID topicId = UUID.randomUUID();
        store.insertTopic(topicId, areaSlug, category.id(), cleanTitle, user.id(), now);
        int number = store.nextNumber(topicId, now);
        UUID postId = UUID.randomUUID();
        store.insertPost(postId, topicId, number, user.id(), null, text, UserText.plain(text), now);
        limits.record(store, user, PostingLimits.TOPIC, hash, now);
        notifications.posted(new NotificationService.NewPost(areaSlug, topicId, category.id(), cleanTitle, postId,
                number, user.id(), user.displayName(), text.source(), null, true));
        return store.topic(topicId).orElseThrow();
    }

    /** Replies to the topic, optionally to one of its posts; 409 when the topic is locked or closed. */
    @Transactional
    public PostView reply(Optional<PortalUser> caller, UUID topicId, String body, UUID replyTo) {
        TopicSummary found = store.topic(topicId).orElseThrow(Refusal::notFound);
        PortalUser user = gate.requirePoster(caller, found.areaSlug());
        Map<String, Message> errors = new LinkedHashMap<>();
        checkBody(body, errors);
        PostView parent = null;
        if (replyTo != null) {
            parent = store.post(replyTo).filter(p -> p.topicId().equals(topicId)).orElse(null);
            if (parent == null) {
                errors.put("replyTo", ForumText.of("forum.post.reply-to.unknown"));
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        TopicSummary topic = store.lock(topicId).orElseThrow(Refusal::notFound);
        if (!topic.acceptsReplies() && !gate.isModerator(user, topic.areaSlug())) {
            throw Refusal.of(Refusal.Kind.CONFLICT, ForumText.of(topic.locked() ? "forum.topic.locked" : "forum.topic.closed"));
        }
        RenderedText text = userText.render(body);
        Instant now = clock.instant();
        String hash = limits.check(store, user, PostingLimits.POST, text, now);
        int number = store.nextNumber(topicId, now);
        UUID postId = UUID.randomUUID();
        store.insertPost(postId, topicId, number, user.id(), replyTo, text, UserText.plain(text), now);
        limits.record(store, user, PostingLimits.POST, hash, now);
        notifications.posted(new NotificationService.NewPost(topic.areaSlug(), topicId, topic.categoryId(), topic.title(),
                postId, number, user.id(), user.displayName(), text.source(),
                parent == null || parent.deleted() ? null : parent.authorId(), false));
        return store.post(postId).orElseThrow();
    }

    /** The author edits their post; the text it replaces is kept as a revision that moderators can read. */
    @Transactional
    public PostView edit(Optional<PortalUser> caller, UUID postId, String body) {
        PostView post = store.post(postId).orElseThrow(Refusal::notFound);
        TopicSummary topic = store.topic(post.topicId()).orElseThrow();
        PortalUser user = gate.requirePoster(caller, topic.areaSlug());
        if (!post.authorId().equals(user.id())) {
            throw Refusal.notAllowed();
        }
        Map<String, Message> errors = new LinkedHashMap<>();
        checkBody(body, errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        PostView locked = store.lockPost(postId).orElseThrow(Refusal::notFound);
        if (locked.deleted()) {
            throw Refusal.of(Refusal.Kind.CONFLICT, ForumText.of("forum.post.deleted"));
        }
        RenderedText text = userText.render(body);
        store.edit(locked, text, UserText.plain(text), clock.instant());
        return store.post(postId).orElseThrow();
    }

    /** The author (or a moderator, with a reason) deletes a post; a tombstone stays in its place. */
    @Transactional
    public void delete(Optional<PortalUser> caller, UUID postId, String reason) {
        PostView post = store.post(postId).orElseThrow(Refusal::notFound);
        TopicSummary topic = store.topic(post.topicId()).orElseThrow();
        gate.requireReader(caller, topic.areaSlug());
        PortalUser user = caller.orElseThrow(Refusal::signInFirst);
        boolean own = post.authorId().equals(user.id());
        if (!own && !gate.isModerator(user, topic.areaSlug())) {
            throw Refusal.notAllowed();
        }
        store.lockPost(postId);
        store.markDeleted(postId, clock.instant());
        if (!own) {
            audit.record(AuditEvent.of("forum.post-deleted", "forum-post", postId.toString(), topic.title())
                    .inArea(topic.areaSlug()).because(reason == null || reason.isBlank() ? "-" : reason.strip()));
            notifications.tellAuthor(post.authorId(), "moderated", topic.areaSlug(), topic.id(), postId, topic.title(),
                    reason == null || reason.isBlank() ? "-" : reason.strip());
        }
    }

    @Transactional
    public int like(Optional<PortalUser> caller, UUID postId, boolean like) {
        PostView post = store.post(postId).orElseThrow(Refusal::notFound);
        TopicSummary topic = store.topic(post.topicId()).orElseThrow();
        PortalUser user = gate.requirePoster(caller, topic.areaSlug());
        if (post.authorId().equals(user.id())) {
            throw Refusal.of(Refusal.Kind.CONFLICT, ForumText.of("forum.post.like-own"));
        }
        if (like) {
            store.like(postId, user.id(), clock.instant());
        } else {
            store.unlike(postId, user.id());
        }
        return store.post(postId).orElseThrow().likes();
    }

    @Transactional
    public List<UUID> likedBy(Optional<PortalUser> reader, List<UUID> postIds) {
        return reader.map(u -> store.likedBy(u.id(), postIds)).orElse(List.of());
    }

    /** Lock, pin or close a topic (forum.moderate), audited with the reason. */
    @Transactional
    public TopicSummary moderate(Optional<PortalUser> caller, UUID topicId, Boolean pinned, Boolean locked,
                                 Boolean closed, String reason) {
        TopicSummary topic = store.topic(topicId).orElseThrow(Refusal::notFound);
        gate.requireModerator(caller, topic.areaSlug());
        store.lock(topicId);
        store.setFlags(topicId, pinned, locked, closed);
        AuditEvent event = AuditEvent.of("forum.topic-moderated", "forum-topic", topicId.toString(), topic.title())
                .inArea(topic.areaSlug()).because(reason == null || reason.isBlank() ? "-" : reason.strip());
        if (pinned != null) {
            event = event.with("pinned", pinned.toString());
        }
        if (locked != null) {
            event = event.with("locked", locked.toString());
        }
        if (closed != null) {
            event = event.with("closed", closed.toString());
        }
        audit.record(event);
        return store.topic(topicId).orElseThrow();
    }

    @Transactional
    public TopicSummary move(Optional<PortalUser> caller, UUID topicId, UUID categoryId, String reason) {
        TopicSummary topic = store.topic(topicId).orElseThrow(Refusal::notFound);
        gate.requireModerator(caller, topic.areaSlug());
        Category target = spaces.category(categoryId).filter(c -> c.areaSlug().equals(topic.areaSlug()) && !c.archived())
                .orElseThrow(() -> Refusal.invalid("category", ForumText.of("forum.topic.category.unknown")));
        store.move(topicId, target.id());
        audit.record(AuditEvent.of("forum.topic-moved", "forum-topic", topicId.toString(), topic.title())
                .inArea(topic.areaSlug()).because(reason == null || reason.isBlank() ? "-" : reason.strip())
                .with("from", topic.categoryName()).with("to", target.name()));
        return store.topic(topicId).orElseThrow();
    }

    private TopicSummary readable(Optional<PortalUser> reader, UUID topicId) {
        TopicSummary topic = store.topic(topicId).orElseThrow(Refusal::notFound);
        gate.requireReader(reader, topic.areaSlug());
        return topic;
    }

    private static void checkBody(String body, Map<String, Message> errors) {
        if (body == null || body.isBlank()) {
            errors.put("body", ForumText.of("forum.post.body.empty"));
        } else if (body.length() > BODY_MAX) {
            errors.put("body", ForumText.of("forum.post.body.long", BODY_MAX));
        }
    }
}

package org.oursociety.forum.subject.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.oursociety.forum.platform.ForumText;
import org.oursociety.forum.space.application.ForumGate;
import org.oursociety.forum.space.domain.Category;
import org.oursociety.forum.space.infrastructure.SpaceStore;
import org.oursociety.forum.subject.infrastructure.OwnerCards;
import org.oursociety.forum.subject.infrastructure.SubjectStore;
import org.oursociety.forum.subject.infrastructure.SubjectStore.Mention;
import org.oursociety.forum.subject.infrastructure.SubjectStore.RecentPost;
import org.oursociety.forum.subject.infrastructure.SubjectStore.SubjectTopic;
import org.oursociety.forum.topic.domain.TopicSummary;
import org.oursociety.forum.topic.infrastructure.TopicStore;
import org.oursociety.portal.api.cache.Remembered;
import org.oursociety.portal.api.home.SubjectCard;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.text.RenderedText;
import org.oursociety.portal.api.text.UserText;
import org.oursociety.portal.api.web.PortalCalls;

/**
 * Topics about another module's items (issue 12): "the discussion of budget proposal 42". Asking for one is
 * idempotent and needs no caller: the forum believes only the item's own module, whose card it reads before
 * making the topic (title, address, area, author), so a request can neither invent an item nor word its
 * topic. The topic's first post is the item's summary and link, in the item author's name.
 */
@ApplicationScoped
public class SubjectService {

    static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9-]{1,30}");
    static final Pattern ITEM = Pattern.compile("[A-Za-z0-9-]{1,64}");
    /** Author of a topic whose item has none (an imported proposal): shown as "former member". */
    static final UUID NOBODY = new UUID(0, 0);
    private static final int LATEST = 3;
    private static final int MENTIONS = 20;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    ForumGate gate;

    @Inject
    OwnerCards owners;

    private final Clock clock = Clock.systemUTC();
    private final UserText userText = new UserText();
    private SubjectStore store;
    private SpaceStore spaces;
    private TopicStore topics;
    /** Every topic page asks whether its topic is about an item: remembered for 2 s (key: topic id + "/subject"). */
    private Remembered<Optional<SubjectTopic>> subjects;

    @PostConstruct
    void init() {
        store = new SubjectStore(dataSource);
        spaces = new SpaceStore(dataSource);
        topics = new TopicStore(dataSource);
        subjects = Remembered.of(TopicStore.CACHE, Duration.ofSeconds(2), 20_000,
                key -> store.ofTopic(UUID.fromString(key.substring(0, key.indexOf('/')))));
    }

    /** A topic about an item with its latest visible posts (newest first). */
    public record Discussion(SubjectTopic topic, List<RecentPost> latest) {
    }

    /** The topic about the item, made on the first ask (404 unknown item, 503 its module did not answer). */
    @Transactional
    public SubjectTopic open(String areaSlug, String module, String itemId) {
        requireNames(module, itemId);
        gate.requireForumOn(areaSlug);
        Optional<SubjectTopic> existing = store.find(module, itemId);
        if (existing.isPresent()) {
            return inArea(existing.get(), areaSlug);
        }
        OwnerCards.Answer answer = owners.card(module, itemId, Optional.empty(), Locale.ENGLISH);
        if (answer instanceof OwnerCards.Silent) {
            throw Refusal.of(Refusal.Kind.UNAVAILABLE, ForumText.of("forum.subject.owner-silent"));
        }
        if (!(answer instanceof OwnerCards.Found found)) {
            throw Refusal.notFound();
        }
        SubjectCard card = found.card();
        if (!card.area().equals(areaSlug)) {
            throw Refusal.of(Refusal.Kind.CONFLICT, ForumText.of("forum.subject.other-area"));
        }
        Instant now = clock.instant();
        spaces.ensure(areaSlug, now);
        Category general = spaces.general(areaSlug).orElseThrow(Refusal::notFound);
        UUID author = author(card.authorId());
        UUID topicId = UUID.randomUUID();
        if (store.insert(topicId, areaSlug, general.id(), title(card.title()), author, module, itemId, card.href(), now)) {
            String summary = card.summary() == null || card.summary().isBlank() ? card.title() : card.summary().strip();
            RenderedText text = userText.render(summary + "\n\n[" + card.title().replace("]", "") + "](" + card.href() + ")");
            int number = topics.nextNumber(topicId, now);
            topics.insertPost(UUID.randomUUID(), topicId, number, author, null, text, UserText.plain(text), now);
        }
        return store.find(module, itemId).orElseThrow();
    }

    /** The item's topic and latest posts, as the reader may see them; empty while no topic exists. */
    @Transactional
    public Optional<Discussion> discussion(Optional<PortalUser> reader, String areaSlug, String module, String itemId) {
        requireNames(module, itemId);
        gate.requireReader(reader, areaSlug);
        return store.find(module, itemId).filter(t -> t.areaSlug().equals(areaSlug))
                .map(t -> new Discussion(t, store.latestPosts(t.topicId(), LATEST)));
    }

    /** The item a topic is about, if any (for the topic page's card). */
    @Transactional
    public Optional<SubjectTopic> subjectOf(UUID topicId) {
        return subjects.get(topicId + "/subject");
    }

    /** Topics of the area whose posts link to a page of the portal (an organisation's, say), latest first. */
    @Transactional
    public List<Mention> mentioning(Optional<PortalUser> reader, String areaSlug, String href) {
        gate.requireReader(reader, areaSlug);
        String path = PortalCalls.portalPath(href);
        if (path == null || path.length() > 300) {
            throw Refusal.invalid("href", ForumText.of("forum.subject.href"));
        }
        return store.mentioning(areaSlug, path, MENTIONS);
    }

    private static SubjectTopic inArea(SubjectTopic topic, String areaSlug) {
        if (!topic.areaSlug().equals(areaSlug)) {
            throw Refusal.of(Refusal.Kind.CONFLICT, ForumText.of("forum.subject.other-area"));
        }
        return topic;
    }

    private static void requireNames(String module, String itemId) {
        if (module == null || itemId == null || !MODULE.matcher(module).matches() || !ITEM.matcher(itemId).matches()) {
            throw Refusal.notFound();
        }
    }

    private static UUID author(String id) {
        try {
            return id == null ? NOBODY : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return NOBODY;
        }
    }

    /** The forum's title rule (5 to 200 characters) over the item's own title. */
    static String title(String title) {
        String clean = title.strip().replaceAll("\\s+", " ");
        if (clean.length() > TopicSummary.TITLE_MAX) {
            clean = clean.substring(0, TopicSummary.TITLE_MAX - 1) + "…";
        }
        while (clean.length() < TopicSummary.TITLE_MIN) {
            clean = clean + " ·";
        }
        return clean;
    }
}

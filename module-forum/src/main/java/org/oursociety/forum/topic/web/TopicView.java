package org.oursociety.forum.topic.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oursociety.forum.notification.application.NotificationService;
import org.oursociety.forum.platform.ForumNames;
import org.oursociety.forum.platform.ForumText;
import org.oursociety.forum.platform.web.ForumPages;
import org.oursociety.forum.space.application.ForumGate;
import org.oursociety.forum.space.application.SpaceService;
import org.oursociety.forum.space.domain.Category;
import org.oursociety.forum.topic.application.TopicService;
import org.oursociety.forum.topic.domain.PostView;
import org.oursociety.forum.topic.domain.TopicSummary;
import org.oursociety.portal.api.links.LinkCards;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * A topic's page ({@code /forum/{area}/topic.xhtml?id=&page=}): 20 posts a page with "in reply to", edited,
 * hidden and deleted marks, likes, a link to the first unread post, the moderators' buttons, and the reply form
 * with a preview. Quoting ({@code &quote=POST}) starts the reply with the quoted post and answers it.
 *
 * <p>Request-scoped, and the view is stateless for anonymous readers ({@code topic.xhtml}), so reading a topic
 * opens no HTTP session: the most read page of the forum keeps nothing per reader. A postback (signed-in members'
 * forms) reads the page again from the address's {@code id} and {@code page}, which the form's action keeps,
 * before its components are decoded, so the like buttons and the moderators' choices are the ones drawn.
 */
@Named
@RequestScoped
public class TopicView {


    @Inject
    TopicService topics;

    @Inject
    NotificationService notifications;

    @Inject
    ForumGate gate;


    @Inject
    SpaceService spaces;

    @Inject
    CurrentUser currentUser;

    @Inject
    LinkCards linkCards;

    @Inject
    ForumPages forumPages;

    private String id;
    private int page = 1;
    private String quote;
    private TopicSummary topic;
    private List<PostRow> rows = List.of();
    private boolean moderator;
    private boolean mayPost;
    private Integer firstUnread;
    private String level;
    private String body;
    private String replyTo;
    private String previewHtml;
    private String reason;
    private String moveTo;
    private List<Category> categories = List.of();
    private boolean loaded;

    /** The view action: reads the page once per request (a postback reads it through {@link #ensureLoaded}). */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            UUID topicId = parse(id);
            TopicService.TopicPage read = topics.read(currentUser.user(), topicId, page);
            show(read);
            if (quote != null && !quote.isBlank() && body == null) {
                PostView quoted = topics.post(currentUser.user(), parse(quote));
                if (quoted.topicId().equals(topicId) && !quoted.deleted() && !quoted.hidden()) {
                    body = quoted.bodySource().lines().map(l -> "> " + l).collect(Collectors.joining("\n")) + "\n\n";
                    replyTo = quoted.id().toString();
                }
            }
        } catch (Refusal refused) {
            ForumPages.refuseView(refused);
        }
    }

    /**
     * On a postback the components ask for the rows, the moderator flag and the categories while they decode,
     * before the view parameters are set: read the page from the address first.
     */
    private void ensureLoaded() {
        if (loaded) {
            return;
        }
        if (id == null) {
            Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
            id = params.get("id");
            try {
                setPage(Integer.parseInt(params.getOrDefault("page", "1")));
            } catch (NumberFormatException e) {
                setPage(1);
            }
        }
        load();
    }

    private void show(TopicService.TopicPage read) {
        topic = read.topic();
        page = read.page();
        moderator = read.moderator();
        firstUnread = read.firstUnread();
        mayPost = gate.mayPost(currentUser.user(), topic.areaSlug());
        Map<UUID, String> authors = ForumNames.of(read.posts().stream().map(PostView::authorId).distinct().toList(),
                read.authors(), ForumPages.locale());
        List<UUID> liked = topics.likedBy(currentUser.user(), read.posts().stream().map(PostView::id).toList());
        Optional<UUID> me = currentUser.user().map(u -> u.id());
        Locale locale = ForumPages.locale();
        rows = read.posts().stream().map(p -> {
            boolean showText = !p.deleted() && (!p.hidden() || moderator);
            return new PostRow(p, authors.get(p.authorId()), forumPages.when(p.createdAt()), liked.contains(p.id()),
                    me.map(p.authorId()::equals).orElse(false), showText,
                    showText ? linkCards.inHtml(p.bodyHtml(), locale) : List.of());
        }).toList();
        level = notifications.level(currentUser.user(), "topic", topic.id()).orElse(null);
        categories = moderator ? spaces.categories(currentUser.user(), topic.areaSlug()).stream()
                .filter(c -> !c.archived() && !c.id().equals(topic.categoryId())).toList() : List.of();
    }

    public String preview() {
        ensureLoaded();
        previewHtml = topics.preview(body).html();
        return null;
    }

    public void reply() {
        ensureLoaded();
        try {
            PostView post = topics.reply(currentUser.user(), topic.id(), body, replyTo == null || replyTo.isBlank()
                    ? null : parse(replyTo));
            ForumPages.redirect("/forum/" + topic.areaSlug() + "/topic.xhtml?id=" + topic.id() + "&page=" + post.page() + "#post-" + post.number());
        } catch (Refusal refused) {
            ForumPages.show(refused, Map.of("body", "reply:body", "replyTo", "reply:body"));
        }
    }

    public void like(PostRow row) {
        ensureLoaded();
        try {
            topics.like(currentUser.user(), row.getId(), !row.isLiked());
            show(topics.read(currentUser.user(), topic.id(), page));
        } catch (Refusal refused) {
            ForumPages.show(refused, Map.of());
        }
    }

    public void moderate(String what) {
        ensureLoaded();
        try {
            switch (what) {
                case "lock" -> topics.moderate(currentUser.user(), topic.id(), null, !topic.locked(), null, reason);
                case "pin" -> topics.moderate(currentUser.user(), topic.id(), !topic.pinned(), null, null, reason);
                case "close" -> topics.moderate(currentUser.user(), topic.id(), null, null, !topic.closed(), reason);
                default -> throw Refusal.notFound();
            }
            show(topics.read(currentUser.user(), topic.id(), page));
            ForumPages.info(ForumText.of("forum.topic.changed").in(ForumPages.locale()));
        } catch (Refusal refused) {
            ForumPages.show(refused, Map.of());
        }
    }

    /** Moves the topic to another category of its space: the moderators' answer to a topic posted in the wrong place. */
    public void move() {
        ensureLoaded();
        try {
            topics.move(currentUser.user(), topic.id(), parseCategory(moveTo), reason);
            moveTo = null;
            show(topics.read(currentUser.user(), topic.id(), page));
            ForumPages.info(ForumText.of("forum.topic.moved").in(ForumPages.locale()));
        } catch (Refusal refused) {
            ForumPages.show(refused, Map.of("category", "moderate:moveTo"));
        }
    }

    private static UUID parseCategory(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("category", ForumText.of("forum.topic.category.unknown"));
        }
    }

    public void follow(String newLevel) {
        ensureLoaded();
        try {
            notifications.setLevel(currentUser.user(), "topic", topic.id(), newLevel);
            level = newLevel;
        } catch (Refusal refused) {
            ForumPages.show(refused, Map.of());
        }
    }

    private static UUID parse(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.notFound();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }

    public String getQuote() {
        return quote;
    }

    public void setQuote(String quote) {
        this.quote = quote;
    }

    public TopicSummary getTopic() {
        ensureLoaded();
        return topic;
    }

    // The topic's header as bean properties (see PostRow: EL method calls are slow).

    public String getArea() {
        return getTopic().areaSlug();
    }

    public UUID getTopicId() {
        return getTopic().id();
    }

    public String getTitle() {
        return getTopic().title();
    }

    public UUID getCategoryId() {
        return getTopic().categoryId();
    }

    public String getCategoryName() {
        return getTopic().categoryName();
    }

    public boolean isPinned() {
        return getTopic().pinned();
    }

    public boolean isLocked() {
        return getTopic().locked();
    }

    public boolean isClosed() {
        return getTopic().closed();
    }

    public boolean isAcceptsReplies() {
        return getTopic().acceptsReplies();
    }

    public int getPostCount() {
        return getTopic().posts();
    }

    public int getPages() {
        return getTopic().pages();
    }

    /** The topic's address without a page, for the page's many links. */
    public String getHref() {
        return "/forum/" + getArea() + "/topic.xhtml?id=" + getTopicId();
    }

    public List<PostRow> getRows() {
        ensureLoaded();
        return rows;
    }

    /** The list's first number, so that page 3 counts from #41 as its posts do (an {@code <ol>} starts at 1). */
    public int getFirstNumber() {
        List<PostRow> shown = getRows();
        return shown.isEmpty() ? 1 : shown.get(0).getNumber();
    }

    public boolean isModerator() {
        ensureLoaded();
        return moderator;
    }

    public boolean isMayPost() {
        ensureLoaded();
        return mayPost;
    }

    public Integer getFirstUnread() {
        ensureLoaded();
        return firstUnread;
    }

    /** The page of the first unread post, for its link. */
    public int getFirstUnreadPage() {
        return firstUnread == null ? 1 : (firstUnread - 1) / TopicSummary.PAGE_SIZE + 1;
    }

    public String getLevel() {
        ensureLoaded();
        return level;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(String replyTo) {
        this.replyTo = replyTo;
    }

    public String getPreviewHtml() {
        return previewHtml;
    }

    public String getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(String moveTo) {
        this.moveTo = moveTo;
    }

    public List<Category> getCategories() {
        ensureLoaded();
        return categories;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

package org.oursociety.forum.topic.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
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
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * A topic's page ({@code /forum/{area}/topic.xhtml?id=&page=}): 20 posts a page with "in reply to", edited,
 * hidden and deleted marks, likes, a link to the first unread post, the moderators' buttons, and the reply form
 * with a preview. Quoting ({@code &quote=POST}) starts the reply with the quoted post and answers it.
 */
@Named
@ViewScoped
public class TopicView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A post with what the page needs beside it. */
    public record Row(PostView post, String author, boolean liked, boolean mine, boolean showText)
            implements Serializable {
    }

    @Inject
    TopicService topics;

    @Inject
    NotificationService notifications;

    @Inject
    ForumGate gate;

    @Inject
    ForumNames names;

    @Inject
    SpaceService spaces;

    @Inject
    CurrentUser currentUser;

    private String id;
    private int page = 1;
    private String quote;
    private TopicSummary topic;
    private List<Row> rows = List.of();
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

    public void load() {
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

    private void show(TopicService.TopicPage read) {
        topic = read.topic();
        page = read.page();
        moderator = read.moderator();
        firstUnread = read.firstUnread();
        mayPost = gate.mayPost(currentUser.user(), topic.areaSlug());
        Map<UUID, String> authors = names.of(read.posts().stream().map(PostView::authorId).distinct().toList(),
                ForumPages.locale());
        List<UUID> liked = topics.likedBy(currentUser.user(), read.posts().stream().map(PostView::id).toList());
        Optional<UUID> me = currentUser.user().map(u -> u.id());
        rows = read.posts().stream().map(p -> new Row(p, authors.get(p.authorId()), liked.contains(p.id()),
                me.map(p.authorId()::equals).orElse(false), !p.deleted() && (!p.hidden() || moderator))).toList();
        level = notifications.level(currentUser.user(), "topic", topic.id()).orElse(null);
        categories = moderator ? spaces.categories(currentUser.user(), topic.areaSlug()).stream()
                .filter(c -> !c.archived() && !c.id().equals(topic.categoryId())).toList() : List.of();
    }

    public String preview() {
        previewHtml = topics.preview(body).html();
        return null;
    }

    public void reply() {
        try {
            PostView post = topics.reply(currentUser.user(), topic.id(), body, replyTo == null || replyTo.isBlank()
                    ? null : parse(replyTo));
            ForumPages.redirect("/forum/" + topic.areaSlug() + "/topic.xhtml?id=" + topic.id() + "&page=" + post.page() + "#post-" + post.number());
        } catch (Refusal refused) {
            ForumPages.show(refused, Map.of("body", "reply:body", "replyTo", "reply:body"));
        }
    }

    public void like(Row row) {
        try {
            topics.like(currentUser.user(), row.post().id(), !row.liked());
            show(topics.read(currentUser.user(), topic.id(), page));
        } catch (Refusal refused) {
            ForumPages.show(refused, Map.of());
        }
    }

    public void moderate(String what) {
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
        return topic;
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isModerator() {
        return moderator;
    }

    public boolean isMayPost() {
        return mayPost;
    }

    public Integer getFirstUnread() {
        return firstUnread;
    }

    /** The page of the first unread post, for its link. */
    public int getFirstUnreadPage() {
        return firstUnread == null ? 1 : (firstUnread - 1) / TopicSummary.PAGE_SIZE + 1;
    }

    public String getLevel() {
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
        return categories;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

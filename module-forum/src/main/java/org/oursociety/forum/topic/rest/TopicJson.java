package org.oursociety.forum.topic.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oursociety.forum.topic.domain.PostView;
import org.oursociety.forum.topic.domain.TopicSummary;

/** The forum API's JSON, with the exact names issue 10 item 10 gives. */
public final class TopicJson {

    private TopicJson() {
    }

    public record ListItem(String id, String title, int posts, Instant lastPostAt, String category, boolean pinned,
                           boolean locked, boolean closed) {
        public static ListItem of(TopicSummary t) {
            return new ListItem(t.id().toString(), t.title(), t.posts(), t.lastPostAt(), t.categoryId().toString(),
                    t.pinned(), t.locked(), t.closed());
        }
    }

    public record TopicList(List<ListItem> topics, long total) {
    }

    public record Author(String id, String name) {
    }

    public record Post(String id, int number, Author author, String bodyHtml, Instant createdAt, Instant editedAt,
                       boolean hidden, boolean deleted, String replyTo, Integer replyToNumber, int likes) {

        /** Hidden and deleted posts keep their place, without their text (moderators still see hidden text). */
        public static Post of(PostView p, Map<UUID, String> names, boolean moderator) {
            boolean showText = !p.deleted() && (!p.hidden() || moderator);
            return new Post(p.id().toString(), p.number(), new Author(p.authorId().toString(), names.get(p.authorId())),
                    showText ? p.bodyHtml() : "", p.createdAt(), p.editedAt(), p.hidden(), p.deleted(),
                    p.replyTo() == null ? null : p.replyTo().toString(), p.replyToNumber(), p.likes());
        }
    }

    public record Topic(String id, String title, String area, String category, String categoryName, boolean locked,
                        boolean pinned, boolean closed, int totalPosts, int page, int pages, Integer firstUnread,
                        List<Post> posts) {
    }

    public record NewTopic(String title, String body, String category) {
    }

    public record NewPost(String body, String replyTo) {
    }

    public record Edit(String body, String reason) {
    }

    public record Locked(Boolean locked, String reason) {
    }

    public record Pinned(Boolean pinned, String reason) {
    }

    public record Closed(Boolean closed, String reason) {
    }

    public record Move(String category, String reason) {
    }

    public record Liked(Boolean liked) {
    }

    public record Flag(String reason, String text) {
    }

    public record Hidden(Boolean hidden, String reason) {
    }

    public record Review(String decision, String reason, Boolean deletePost, Integer silenceDays) {
    }

    public record Created(String id, String topicId, int number, String bodyHtml) {
    }

    public record Revision(int revision, String bodySource, String bodyHtml, Instant replacedAt) {
    }
}

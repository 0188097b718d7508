package org.oursociety.forum.topic.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A topic as lists and the topic page's header show it. {@code posts} counts every post, the first included. */
public record TopicSummary(UUID id, String areaSlug, UUID categoryId, String categoryName, String title, UUID authorId,
                           Instant createdAt, Instant lastPostAt, int posts, boolean pinned, boolean locked,
                           boolean closed) implements Serializable {

    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 200;
    public static final int PAGE_SIZE = 20;

    /** Pages of {@link #PAGE_SIZE} posts, at least one. */
    public int pages() {
        return Math.max(1, (posts + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** Replies are refused when a moderator locked or closed the topic. */
    public boolean acceptsReplies() {
        return !locked && !closed;
    }
}

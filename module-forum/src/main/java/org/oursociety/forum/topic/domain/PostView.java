package org.oursociety.forum.topic.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A post as stored. {@code deleted}: its author (or a moderator) deleted it; a tombstone remains so that replies
 * still make sense. {@code hidden}: flags or a moderator hid it pending review.
 */
public record PostView(UUID id, UUID topicId, int number, UUID authorId, UUID replyTo, Integer replyToNumber,
                       String bodySource, String bodyHtml, String bodyText, Instant createdAt, Instant editedAt,
                       boolean deleted, boolean hidden, String hiddenReason, int likes) implements Serializable {

    /** The page of the topic this post is on (1-based). */
    public int page() {
        return (number - 1) / TopicSummary.PAGE_SIZE + 1;
    }

    /** The page of the post this one answers, if any. */
    public Integer replyToPage() {
        return replyToNumber == null ? null : (replyToNumber - 1) / TopicSummary.PAGE_SIZE + 1;
    }
}

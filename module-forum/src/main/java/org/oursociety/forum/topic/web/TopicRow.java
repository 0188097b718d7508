package org.oursociety.forum.topic.web;

import org.oursociety.forum.topic.domain.TopicSummary;

/**
 * A topic as the area's and a category's lists draw it, with plain getters (see {@link PostRow}: EL method calls
 * copy the class's methods on every call, and a list of 20 topics made about 200 of them).
 */
public final class TopicRow {

    private final TopicSummary topic;
    private final String lastPost;

    TopicRow(TopicSummary topic, String lastPost) {
        this.topic = topic;
        this.lastPost = lastPost;
    }

    public String getHref() {
        return "/forum/" + topic.areaSlug() + "/topic.xhtml?id=" + topic.id();
    }

    public String getTitle() {
        return topic.title();
    }

    public boolean isPinned() {
        return topic.pinned();
    }

    public boolean isLocked() {
        return topic.locked();
    }

    public boolean isClosed() {
        return topic.closed();
    }

    public String getCategoryName() {
        return topic.categoryName();
    }

    /** Posts after the first. */
    public int getReplies() {
        return topic.posts() - 1;
    }

    /** When the latest post came, in words in the page's language. */
    public String getLastPost() {
        return lastPost;
    }
}

package org.oursociety.forum.topic.web;

import java.util.List;
import java.util.UUID;
import org.oursociety.forum.topic.domain.PostView;
import org.oursociety.portal.api.links.LinkCard;

/**
 * A post as the topic page draws it, with plain getters: Jakarta EL 5 finds a method called as
 * {@code #{row.post().number()}} by copying the class's methods on every call, which on a page of 20 posts was
 * most of the page's time; a bean property ({@code #{row.number}}) is looked up once per class. Everything the
 * page says about the post is worked out here, once.
 */
public final class PostRow {

    private final PostView post;
    private final String author;
    private final String when;
    private final boolean liked;
    private final boolean mine;
    private final boolean showText;
    private final List<LinkCard> cards;

    PostRow(PostView post, String author, String when, boolean liked, boolean mine, boolean showText,
            List<LinkCard> cards) {
        this.post = post;
        this.author = author;
        this.when = when;
        this.liked = liked;
        this.mine = mine;
        this.showText = showText;
        this.cards = cards;
    }

    PostView post() {
        return post;
    }

    public UUID getId() {
        return post.id();
    }

    public int getNumber() {
        return post.number();
    }

    public UUID getAuthorId() {
        return post.authorId();
    }

    public String getAuthor() {
        return author;
    }

    /** When it was written, in words in the page's language. */
    public String getWhen() {
        return when;
    }

    public boolean isEdited() {
        return post.editedAt() != null;
    }

    public Integer getReplyToNumber() {
        return post.replyToNumber();
    }

    public Integer getReplyToPage() {
        return post.replyToPage();
    }

    public boolean isDeleted() {
        return post.deleted();
    }

    /** Hidden pending review, and not deleted (a deleted post says only that). */
    public boolean isHiddenNotice() {
        return post.hidden() && !post.deleted();
    }

    public String getBodyHtml() {
        return post.bodyHtml();
    }

    public int getLikes() {
        return post.likes();
    }

    public boolean isLiked() {
        return liked;
    }

    public boolean isMine() {
        return mine;
    }

    /** The text is shown: not deleted, and not hidden unless the reader moderates here. */
    public boolean isShowText() {
        return showText;
    }

    /** Cards for the links in the post that lead to this portal's proposals, organisations or services. */
    public List<LinkCard> getCards() {
        return cards;
    }
}

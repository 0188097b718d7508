package org.oursociety.forum.moderation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oursociety.forum.moderation.application.ModerationService;
import org.oursociety.forum.platform.ForumText;
import org.oursociety.forum.platform.web.ForumPages;
import org.oursociety.forum.topic.application.TopicService;
import org.oursociety.forum.topic.domain.PostView;
import org.oursociety.forum.topic.domain.TopicSummary;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/** {@code /forum/{area}/flag.xhtml?post=}: one question, why is this post a problem. */
@Named
@ViewScoped
public class FlagView implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final List<String> REASONS = List.of("spam", "offensive", "off_topic", "other");

    @Inject
    ModerationService moderation;

    @Inject
    TopicService topics;

    @Inject
    CurrentUser currentUser;

    private String post;
    private PostView flagged;
    private TopicSummary topic;
    private String reason;
    private String text;
    private boolean done;

    public void load() {
        try {
            if (currentUser.user().isEmpty()) {
                throw Refusal.signInFirst();
            }
            UUID id;
            try {
                id = UUID.fromString(post == null ? "" : post.strip());
            } catch (IllegalArgumentException e) {
                throw Refusal.notFound();
            }
            flagged = topics.post(currentUser.user(), id);
            topic = topics.topic(currentUser.user(), flagged.topicId());
        } catch (Refusal refused) {
            ForumPages.refuseView(refused);
        }
    }

    public void submit() {
        try {
            moderation.flag(currentUser.user(), flagged.id(), reason, text);
            done = true;
            ForumPages.info(ForumText.of("forum.flag.thanks").in(ForumPages.locale()));
        } catch (Refusal refused) {
            ForumPages.show(refused, Map.of("reason", "flag:reason", "text", "flag:text"));
        }
    }

    public List<String> getReasons() {
        return REASONS;
    }

    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }

    public PostView getFlagged() {
        return flagged;
    }

    public TopicSummary getTopic() {
        return topic;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isDone() {
        return done;
    }
}

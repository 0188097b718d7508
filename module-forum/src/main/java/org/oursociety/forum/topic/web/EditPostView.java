package org.oursociety.forum.topic.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import org.oursociety.forum.platform.web.ForumPages;
import org.oursociety.forum.topic.application.TopicService;
import org.oursociety.forum.topic.domain.PostView;
import org.oursociety.forum.topic.domain.TopicSummary;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/** {@code /forum/{area}/edit.xhtml?post=}: the author edits (the old text is kept) or deletes their post. */
@Named
@ViewScoped
public class EditPostView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TopicService topics;

    @Inject
    CurrentUser currentUser;

    private String post;
    private PostView current;
    private TopicSummary topic;
    private String body;
    private String previewHtml;

    public void load() {
        try {
            if (currentUser.user().isEmpty()) {
                throw Refusal.signInFirst();
            }
            current = topics.post(currentUser.user(), parse(post));
            topic = topics.topic(currentUser.user(), current.topicId());
            if (!current.authorId().equals(currentUser.user().get().id()) || current.deleted()) {
                throw Refusal.notAllowed();
            }
            body = current.bodySource();
        } catch (Refusal refused) {
            ForumPages.refuseView(refused);
        }
    }

    public void preview() {
        previewHtml = topics.preview(body).html();
    }

    public void save() {
        try {
            PostView saved = topics.edit(currentUser.user(), current.id(), body);
            ForumPages.redirect(link(saved));
        } catch (Refusal refused) {
            ForumPages.show(refused, Map.of("body", "edit:body"));
        }
    }

    public void delete() {
        try {
            topics.delete(currentUser.user(), current.id(), null);
            ForumPages.redirect(link(current));
        } catch (Refusal refused) {
            ForumPages.show(refused, Map.of());
        }
    }

    private String link(PostView p) {
        return "/forum/" + topic.areaSlug() + "/topic.xhtml?id=" + topic.id() + "&page=" + p.page() + "#post-" + p.number();
    }

    static UUID parse(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.notFound();
        }
    }

    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }

    public TopicSummary getTopic() {
        return topic;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getPreviewHtml() {
        return previewHtml;
    }
}

package org.oursociety.forum.topic.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oursociety.forum.platform.web.ForumPages;
import org.oursociety.forum.space.application.ForumGate;
import org.oursociety.forum.space.application.SpaceService;
import org.oursociety.forum.space.domain.Category;
import org.oursociety.forum.topic.application.TopicService;
import org.oursociety.forum.topic.domain.TopicSummary;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/** {@code /forum/{area}/new-topic.xhtml}: title, category, text, a preview, then the topic. */
@Named
@ViewScoped
public class NewTopicView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TopicService topics;

    @Inject
    SpaceService spaces;

    @Inject
    ForumGate gate;

    @Inject
    CurrentUser currentUser;

    private String area;
    private List<Category> categories = List.of();
    private String title;
    private String category;
    private String body;
    private String previewHtml;

    public void load() {
        area = ForumPages.currentArea();
        try {
            if (area == null) {
                throw Refusal.notFound();
            }
            if (currentUser.user().isEmpty()) {
                throw Refusal.signInFirst();
            }
            categories = spaces.categories(currentUser.user(), area);
            if (category == null && !categories.isEmpty()) {
                category = categories.get(0).id().toString();
            }
        } catch (Refusal refused) {
            ForumPages.refuseView(refused);
        }
    }

    public void preview() {
        previewHtml = topics.preview(body).html();
    }

    public void submit() {
        try {
            UUID categoryId = category == null || category.isBlank() ? null : UUID.fromString(category);
            TopicSummary topic = topics.start(currentUser.user(), area, title, body, categoryId);
            ForumPages.redirect("/forum/" + area + "/topic.xhtml?id=" + topic.id());
        } catch (Refusal refused) {
            ForumPages.show(refused, Map.of("title", "topic:title", "body", "topic:body", "category", "topic:category"));
        } catch (IllegalArgumentException badCategory) {
            ForumPages.show(Refusal.notFound(), Map.of());
        }
    }

    public String getArea() {
        return area;
    }

    public List<Category> getCategories() {
        return categories;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
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

package org.oursociety.forum.topic.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oursociety.forum.notification.application.NotificationService;
import org.oursociety.forum.platform.web.ForumPages;
import org.oursociety.forum.space.application.ForumGate;
import org.oursociety.forum.space.application.SpaceService;
import org.oursociety.forum.space.domain.Category;
import org.oursociety.forum.topic.application.TopicService;
import org.oursociety.forum.topic.domain.TopicSummary;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * The space's home ({@code /forum/{area}/}) and a category's page ({@code /forum/{area}/category.xhtml?id=}):
 * categories with counts and latest activity, then the latest topics, 20 a page.
 */
@Named
@RequestScoped
public class SpaceHomeView {

    @Inject
    SpaceService spaces;

    @Inject
    TopicService topics;

    @Inject
    NotificationService notifications;

    @Inject
    ForumGate gate;

    @Inject
    CurrentUser currentUser;

    @Inject
    ForumPages pages;

    private String area;
    private int page = 1;
    private String categoryId;
    private List<Category> categories = List.of();
    private Category category;
    private TopicService.TopicList topicList = new TopicService.TopicList(List.of(), 0);
    private List<TopicRow> topicRows;

    public void load() {
        area = pages.area();
        try {
            if (area == null) {
                throw Refusal.notFound();
            }
            categories = spaces.categories(currentUser.user(), area);
            if (categoryId != null && !categoryId.isBlank()) {
                UUID id;
                try {
                    id = UUID.fromString(categoryId);
                } catch (IllegalArgumentException e) {
                    throw Refusal.notFound();
                }
                category = spaces.category(currentUser.user(), area, id);
                topicList = topics.inCategory(currentUser.user(), area, id, page);
            } else {
                topicList = topics.latest(currentUser.user(), area, page);
            }
        } catch (Refusal refused) {
            ForumPages.refuseView(refused);
        }
    }

    public String getArea() {
        return area;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }

    public String getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(String categoryId) {
        this.categoryId = categoryId;
    }

    public List<Category> getCategories() {
        return categories;
    }

    public Category getCategory() {
        return category;
    }

    public List<TopicRow> getTopics() {
        if (topicRows == null) {
            topicRows = topicList.topics().stream().map(t -> new TopicRow(t, pages.when(t.lastPostAt()))).toList();
        }
        return topicRows;
    }

    public long getTotal() {
        return topicList.total();
    }

    public int getPages() {
        return (int) Math.max(1, (topicList.total() + TopicSummary.PAGE_SIZE - 1) / TopicSummary.PAGE_SIZE);
    }

    public boolean isMayPost() {
        return area != null && gate.mayPost(currentUser.user(), area);
    }

    public boolean isModerator() {
        return area != null && gate.isModerator(currentUser.user(), area);
    }

    public long getUnread() {
        return notifications.unread(currentUser.user());
    }

    public Optional<String> feed() {
        return Optional.ofNullable(area).map(a -> "/forum/" + a + "/feed.atom");
    }
}

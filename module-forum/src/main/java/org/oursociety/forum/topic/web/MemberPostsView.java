package org.oursociety.forum.topic.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.oursociety.forum.platform.ForumNames;
import org.oursociety.forum.platform.web.ForumPages;
import org.oursociety.forum.topic.application.TopicService;
import org.oursociety.forum.topic.domain.PostView;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/** {@code /forum/{area}/member.xhtml?id=}: a member's posts in the area, newest first. */
@Named
@RequestScoped
public class MemberPostsView {

    @Inject
    TopicService topics;

    @Inject
    ForumNames names;

    @Inject
    CurrentUser currentUser;

    private String id;
    private int page = 1;
    private String name;
    private String area;
    private List<PostView> posts = List.of();

    public void load() {
        area = ForumPages.currentArea();
        try {
            UUID member;
            try {
                member = UUID.fromString(id == null ? "" : id.strip());
            } catch (IllegalArgumentException e) {
                throw Refusal.notFound();
            }
            if (area == null) {
                throw Refusal.notFound();
            }
            posts = topics.byAuthor(currentUser.user(), area, member, page);
            name = names.of(List.of(member), ForumPages.locale()).get(member);
        } catch (Refusal refused) {
            ForumPages.refuseView(refused);
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

    public String getName() {
        return name;
    }

    public String getArea() {
        return area;
    }

    public List<PostView> getPosts() {
        return posts;
    }
}

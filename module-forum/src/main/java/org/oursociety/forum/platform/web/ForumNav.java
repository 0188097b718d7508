package org.oursociety.forum.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oursociety.forum.notification.application.NotificationService;
import org.oursociety.forum.space.application.ForumGate;
import org.oursociety.portal.api.security.CurrentUser;

/** The forum's navigation in an area ({@code WEB-INF/includes/forum-nav.xhtml}): what the reader may do here. */
@Named
@RequestScoped
public class ForumNav {

    @Inject
    ForumGate gate;

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser currentUser;

    @Inject
    ForumPages pages;

    private Long unread;

    public String getArea() {
        return pages.area();
    }

    public boolean isMayPost() {
        return getArea() != null && gate.mayPost(currentUser.user(), getArea());
    }

    public boolean isModerator() {
        return getArea() != null && gate.isModerator(currentUser.user(), getArea());
    }

    public boolean isManager() {
        return getArea() != null && gate.mayManage(currentUser.user(), getArea());
    }

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unread(currentUser.user());
        }
        return unread;
    }
}

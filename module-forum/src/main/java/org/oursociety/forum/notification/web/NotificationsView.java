package org.oursociety.forum.notification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.oursociety.forum.notification.application.NotificationService;
import org.oursociety.forum.notification.infrastructure.NotificationStore;
import org.oursociety.forum.platform.ForumText;
import org.oursociety.forum.platform.web.ForumPages;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/** {@code /forum/notifications.xhtml}: the member's notifications (marked read on opening) and how mails come. */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A notification as the page shows it. */
    public record Row(String kind, String summary, String href, java.time.Instant createdAt, boolean unread)
            implements Serializable {
    }

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser currentUser;

    private List<Row> rows = List.of();
    private String mode;

    public void load() {
        try {
            List<NotificationStore.Item> items = notifications.list(currentUser.user());
            rows = items.stream().map(n -> new Row(n.kind(), n.summary(), n.topicId() == null ? "/forum/" + n.areaSlug() + "/"
                    : "/forum/" + n.areaSlug() + "/topic.xhtml?id=" + n.topicId(), n.createdAt(), n.readAt() == null))
                    .toList();
            notifications.markAllRead(currentUser.user());
            mode = notifications.mailSetting(currentUser.user()).mode();
        } catch (Refusal refused) {
            ForumPages.refuseView(refused);
        }
    }

    public void save() {
        try {
            notifications.setMode(currentUser.user(), mode);
            ForumPages.info(ForumText.of("forum.notifications.saved").in(ForumPages.locale()));
        } catch (Refusal refused) {
            ForumPages.show(refused, Map.of("mode", "mail:mode"));
        }
    }

    public List<String> getModes() {
        return NotificationService.MODES;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }
}

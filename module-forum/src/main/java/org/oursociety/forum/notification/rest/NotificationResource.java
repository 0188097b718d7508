package org.oursociety.forum.notification.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.oursociety.forum.notification.application.NotificationService;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * The caller's forum notifications, {@code /forum/api/me/notifications} (the mail setting and the levels for
 * topics and categories have resources of their own: one root resource per path, none shared with portal-api's).
 */
@Path("me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    public record Item(String id, String kind, String topicId, String postId, String area, String summary,
                       Instant createdAt, boolean read) {
    }

    public record Notifications(List<Item> notifications, long unread) {
    }

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser currentUser;

    @GET
    public Notifications list() {
        List<Item> items = notifications.list(currentUser.user()).stream().map(n -> new Item(n.id().toString(), n.kind(),
                n.topicId() == null ? null : n.topicId().toString(), n.postId() == null ? null : n.postId().toString(),
                n.areaSlug(), n.summary(), n.createdAt(), n.readAt() != null)).toList();
        return new Notifications(items, notifications.unread(currentUser.user()));
    }

    @POST
    @Path("read")
    public Response readAll() {
        notifications.markAllRead(currentUser.user());
        return Response.noContent().build();
    }
}

package org.oursociety.forum.notification.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.oursociety.forum.notification.application.NotificationService;
import org.oursociety.forum.platform.ForumText;
import org.oursociety.forum.platform.Ids;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * The caller's forum notifications ({@code /forum/api/me/notifications}), mail setting
 * ({@code /forum/api/me/forum-mail}) and levels for topics and categories ({@code /forum/api/me/levels/...}).
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    public record Item(String id, String kind, String topicId, String postId, String area, String summary,
                       Instant createdAt, boolean read) {
    }

    public record Notifications(List<Item> notifications, long unread) {
    }

    public record Mode(String mode) {
    }

    public record Level(String level) {
    }

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("notifications")
    public Notifications list() {
        List<Item> items = notifications.list(currentUser.user()).stream().map(n -> new Item(n.id().toString(), n.kind(),
                n.topicId() == null ? null : n.topicId().toString(), n.postId() == null ? null : n.postId().toString(),
                n.areaSlug(), n.summary(), n.createdAt(), n.readAt() != null)).toList();
        return new Notifications(items, notifications.unread(currentUser.user()));
    }

    @POST
    @Path("notifications/read")
    public Response readAll() {
        notifications.markAllRead(currentUser.user());
        return Response.noContent().build();
    }

    @GET
    @Path("forum-mail")
    public Mode mode() {
        return new Mode(notifications.mailSetting(currentUser.user()).mode());
    }

    @PUT
    @Path("forum-mail")
    @Consumes(MediaType.APPLICATION_JSON)
    public Mode setMode(Mode mode) {
        if (mode == null) {
            throw Refusal.invalid("mode", ForumText.of("forum.body.missing"));
        }
        notifications.setMode(currentUser.user(), mode.mode());
        return mode;
    }

    @PUT
    @Path("levels/{type: topic|category}/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> setLevel(@PathParam("type") String type, @PathParam("id") String id, Level level) {
        if (level == null) {
            throw Refusal.invalid("level", ForumText.of("forum.body.missing"));
        }
        notifications.setLevel(currentUser.user(), type, Ids.required("id", id), level.level());
        return Map.of("level", level.level());
    }
}

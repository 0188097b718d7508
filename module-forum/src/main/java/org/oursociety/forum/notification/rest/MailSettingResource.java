package org.oursociety.forum.notification.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.oursociety.forum.notification.application.NotificationService;
import org.oursociety.forum.platform.ForumText;
import org.oursociety.forum.platform.Ids;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * How the forum mails the caller, {@code /forum/api/me/forum-mail} ({@code {"mode":"immediate|daily|weekly|none"}}),
 * and their level for a topic or category, {@code PUT /forum/api/me/forum-mail/levels/{topic|category}/{id}}
 * ({@code {"level":"watch|track|mute"}}).
 */
@Path("me/forum-mail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MailSettingResource {

    public record Mode(String mode) {
    }

    public record Level(String level) {
    }

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser currentUser;

    @GET
    public Mode mode() {
        return new Mode(notifications.mailSetting(currentUser.user()).mode());
    }

    @PUT
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

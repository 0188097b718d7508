package org.oursociety.forum.moderation.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.oursociety.forum.moderation.application.ModerationService;
import org.oursociety.portal.api.security.CurrentUser;

/** {@code /forum/api/areas/{area}/queue} (flagged and hidden posts) for moderators. */
@Path("areas/{area}/queue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

    public record Entry(String postId, String topicId, String title, boolean hidden, boolean deleted, long flags,
                        List<String> reasons) {
    }

    @Inject
    ModerationService moderation;

    @Inject
    CurrentUser currentUser;

    @PathParam("area")
    String area;

    @GET
    public List<Entry> queue() {
        return moderation.queue(currentUser.user(), area).stream().map(e -> new Entry(e.post().id().toString(),
                e.topic().id().toString(), e.topic().title(), e.post().hidden(), e.post().deleted(), e.openFlags(),
                e.reasons())).toList();
    }
}

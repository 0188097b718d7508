package org.oursociety.forum.moderation.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Map;
import org.oursociety.forum.moderation.application.ModerationService;
import org.oursociety.forum.platform.ForumText;
import org.oursociety.forum.platform.Ids;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/** {@code POST /forum/api/areas/{area}/silences}: a moderator silences a member in the area for some days. */
@Path("areas/{area}/silences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SilenceResource {

    public record SilenceRequest(String user, Integer days, String reason) {
    }

    @Inject
    ModerationService moderation;

    @Inject
    CurrentUser currentUser;

    @PathParam("area")
    String area;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> silence(SilenceRequest request) {
        if (request == null || request.days() == null) {
            throw Refusal.invalid("days", ForumText.of("forum.body.missing"));
        }
        Instant until = moderation.silence(currentUser.user(), area, Ids.required("user", request.user()),
                request.days(), request.reason());
        return Map.of("user", request.user(), "until", until.toString());
    }
}

package org.oursociety.forum.topic.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oursociety.forum.moderation.application.ModerationService;
import org.oursociety.forum.platform.ForumNames;
import org.oursociety.forum.platform.ForumText;
import org.oursociety.forum.space.application.ForumGate;
import org.oursociety.forum.topic.application.TopicService;
import org.oursociety.forum.topic.domain.PostView;
import org.oursociety.portal.api.i18n.Languages;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/** {@code /forum/api/posts/{id}}: read, edit, delete, like, flag, and (moderators) hide, review and read its earlier versions. */
@Path("posts/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PostResource {

    @Inject
    TopicService topics;

    @Inject
    ForumGate gate;

    @Inject
    ModerationService moderation;

    @Inject
    ForumNames names;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpServletRequest request;

    @PathParam("id")
    UUID id;

    @GET
    public TopicJson.Post read() {
        PostView post = topics.post(currentUser.user(), id);
        String area = topics.topic(currentUser.user(), post.topicId()).areaSlug();
        Map<UUID, String> authors = names.of(List.of(post.authorId()), Languages.of(request));
        return TopicJson.Post.of(post, authors, gate.isModerator(currentUser.user(), area));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public TopicJson.Created edit(TopicJson.Edit body) {
        if (body == null) {
            throw Refusal.invalid("body", ForumText.of("forum.body.missing"));
        }
        PostView post = topics.edit(currentUser.user(), id, body.body());
        return new TopicJson.Created(post.id().toString(), post.topicId().toString(), post.number(), post.bodyHtml());
    }

    @DELETE
    public Response delete(@QueryParam("reason") String reason) {
        topics.delete(currentUser.user(), id, reason);
        return Response.noContent().build();
    }

    @PUT
    @Path("liked")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> like(TopicJson.Liked body) {
        if (body == null || body.liked() == null) {
            throw Refusal.invalid("liked", ForumText.of("forum.body.missing"));
        }
        return Map.of("likes", topics.like(currentUser.user(), id, body.liked()), "liked", body.liked());
    }

    /** 201 when flagged; 409 when this member flagged the post before. */
    @POST
    @Path("flags")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response flag(TopicJson.Flag body) {
        if (body == null) {
            throw Refusal.invalid("reason", ForumText.of("forum.body.missing"));
        }
        boolean hidden = moderation.flag(currentUser.user(), id, body.reason(), body.text());
        return Response.status(Response.Status.CREATED).entity(Map.of("post", id.toString(), "hidden", hidden)).build();
    }

    @PUT
    @Path("hidden")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> hide(TopicJson.Hidden body) {
        if (body == null || body.hidden() == null) {
            throw Refusal.invalid("hidden", ForumText.of("forum.body.missing"));
        }
        moderation.setHidden(currentUser.user(), id, body.hidden(), body.reason());
        return Map.of("post", id.toString(), "hidden", body.hidden());
    }

    /** A decision from the moderation queue: agree, disagree or ignore. */
    @POST
    @Path("review")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response review(TopicJson.Review body) {
        if (body == null) {
            throw Refusal.invalid("decision", ForumText.of("forum.body.missing"));
        }
        moderation.review(currentUser.user(), id, body.decision(), body.reason(),
                Boolean.TRUE.equals(body.deletePost()), body.silenceDays());
        return Response.noContent().build();
    }

    @GET
    @Path("revisions")
    public List<TopicJson.Revision> revisions() {
        return topics.revisions(currentUser.user(), id).stream()
                .map(r -> new TopicJson.Revision(r.revision(), r.bodySource(), r.bodyHtml(), r.replacedAt())).toList();
    }
}

package org.oursociety.forum.topic.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.oursociety.forum.platform.ForumNames;
import org.oursociety.forum.platform.ForumText;
import org.oursociety.forum.platform.Ids;
import org.oursociety.forum.topic.application.TopicService;
import org.oursociety.forum.topic.domain.PostView;
import org.oursociety.forum.topic.domain.TopicSummary;
import org.oursociety.portal.api.i18n.Languages;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/** {@code /forum/api/topics/{id}}: a page of posts, replying, and the moderators' lock, pin, close and move. */
@Path("topics/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TopicResource {

    @Inject
    TopicService topics;


    @Inject
    CurrentUser currentUser;

    @Context
    HttpServletRequest request;

    @PathParam("id")
    UUID id;

    @GET
    public TopicJson.Topic read(@QueryParam("page") @DefaultValue("1") int page) {
        TopicService.TopicPage read = topics.read(currentUser.user(), id, page);
        TopicSummary t = read.topic();
        Map<UUID, String> authors = ForumNames.of(read.posts().stream().map(PostView::authorId).distinct().toList(),
                read.authors(), Languages.of(request));
        return new TopicJson.Topic(t.id().toString(), t.title(), t.areaSlug(), t.categoryId().toString(),
                t.categoryName(), t.locked(), t.pinned(), t.closed(), t.posts(), read.page(), t.pages(),
                read.firstUnread(), read.posts().stream().map(p -> TopicJson.Post.of(p, authors, read.moderator())).toList());
    }

    @POST
    @Path("posts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(TopicJson.NewPost body) {
        if (body == null) {
            throw Refusal.invalid("body", ForumText.of("forum.body.missing"));
        }
        PostView post = topics.reply(currentUser.user(), id, body.body(), Ids.optional("replyTo", body.replyTo()));
        return Response.created(URI.create("/forum/api/posts/" + post.id()))
                .entity(new TopicJson.Created(post.id().toString(), id.toString(), post.number(), post.bodyHtml())).build();
    }

    @PUT
    @Path("locked")
    @Consumes(MediaType.APPLICATION_JSON)
    public TopicJson.ListItem lock(TopicJson.Locked body) {
        if (body == null || body.locked() == null) {
            throw Refusal.invalid("locked", ForumText.of("forum.body.missing"));
        }
        return TopicJson.ListItem.of(topics.moderate(currentUser.user(), id, null, body.locked(), null, body.reason()));
    }

    @PUT
    @Path("pinned")
    @Consumes(MediaType.APPLICATION_JSON)
    public TopicJson.ListItem pin(TopicJson.Pinned body) {
        if (body == null || body.pinned() == null) {
            throw Refusal.invalid("pinned", ForumText.of("forum.body.missing"));
        }
        return TopicJson.ListItem.of(topics.moderate(currentUser.user(), id, body.pinned(), null, null, body.reason()));
    }

    @PUT
    @Path("closed")
    @Consumes(MediaType.APPLICATION_JSON)
    public TopicJson.ListItem close(TopicJson.Closed body) {
        if (body == null || body.closed() == null) {
            throw Refusal.invalid("closed", ForumText.of("forum.body.missing"));
        }
        return TopicJson.ListItem.of(topics.moderate(currentUser.user(), id, null, null, body.closed(), body.reason()));
    }

    @PUT
    @Path("category")
    @Consumes(MediaType.APPLICATION_JSON)
    public TopicJson.ListItem move(TopicJson.Move body) {
        if (body == null) {
            throw Refusal.invalid("category", ForumText.of("forum.body.missing"));
        }
        return TopicJson.ListItem.of(topics.move(currentUser.user(), id, Ids.required("category", body.category()),
                body.reason()));
    }
}

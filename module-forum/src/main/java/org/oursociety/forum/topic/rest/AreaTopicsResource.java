package org.oursociety.forum.topic.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.oursociety.forum.platform.ForumText;
import org.oursociety.forum.platform.Ids;
import org.oursociety.forum.topic.application.TopicService;
import org.oursociety.forum.topic.domain.TopicSummary;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/** {@code /forum/api/areas/{area}/topics}: the area's latest topics, and starting one. */
@Path("areas/{area}/topics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AreaTopicsResource {

    @Inject
    TopicService topics;

    @Inject
    CurrentUser currentUser;

    @PathParam("area")
    String area;

    @GET
    public TopicJson.TopicList latest(@QueryParam("page") @DefaultValue("1") int page,
                                      @QueryParam("category") String category) {
        TopicService.TopicList list = category == null || category.isBlank()
                ? topics.latest(currentUser.user(), area, page)
                : topics.inCategory(currentUser.user(), area, Ids.required("category", category), page);
        return new TopicJson.TopicList(list.topics().stream().map(TopicJson.ListItem::of).toList(), list.total());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(TopicJson.NewTopic request) {
        if (request == null) {
            throw Refusal.invalid("title", ForumText.of("forum.body.missing"));
        }
        TopicSummary topic = topics.start(currentUser.user(), area, request.title(), request.body(),
                Ids.optional("category", request.category()));
        return Response.created(URI.create("/forum/api/topics/" + topic.id()))
                .entity(TopicJson.ListItem.of(topic)).build();
    }
}

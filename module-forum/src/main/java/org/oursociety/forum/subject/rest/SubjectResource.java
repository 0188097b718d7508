package org.oursociety.forum.subject.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.oursociety.forum.platform.ForumNames;
import org.oursociety.forum.subject.application.SubjectService;
import org.oursociety.forum.subject.infrastructure.SubjectStore.SubjectTopic;
import org.oursociety.portal.api.i18n.Languages;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * Topics about other modules' items (issue 12):
 * <ul>
 *   <li>{@code PUT /forum/api/areas/{area}/subjects/{module}/{itemId}}: the item's topic, made on the first
 *   call, the same one on every later or concurrent call. No body is needed and none is believed: the title,
 *   address and author come from the item's own module ({@code /{module}/api/subjects/{itemId}}).</li>
 *   <li>{@code GET} the same path: the topic and its latest posts, as the caller may read them (404: none yet).</li>
 *   <li>{@code GET /forum/api/areas/{area}/mentions?href=/directory/...}: topics whose posts link to a page.</li>
 * </ul>
 */
@Path("areas/{area}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SubjectResource {

    public record Topic(String id, String title, String href, int posts, String module, String item,
                        String itemHref) {
        static Topic of(SubjectTopic t) {
            return new Topic(t.topicId().toString(), t.title(), topicHref(t.areaSlug(), t.topicId()), t.posts(),
                    t.module(), t.itemId(), t.itemHref());
        }
    }

    public record RecentPost(String author, String text, Instant createdAt, String href) {
    }

    public record Discussion(Topic topic, List<RecentPost> latest) {
    }

    public record Mention(String title, String href, int posts, Instant lastPostAt) {
    }

    public record Mentions(List<Mention> topics) {
    }

    private static final int SNIPPET = 240;

    @Inject
    SubjectService subjects;

    @Inject
    CurrentUser currentUser;

    @Inject
    ForumNames names;

    @Context
    HttpServletRequest request;

    @PathParam("area")
    String area;

    @PUT
    @Path("subjects/{module}/{item}")
    public Topic open(@PathParam("module") String module, @PathParam("item") String item) {
        return Topic.of(subjects.open(area, module, item));
    }

    @GET
    @Path("subjects/{module}/{item}")
    public Discussion discussion(@PathParam("module") String module, @PathParam("item") String item) {
        SubjectService.Discussion found = subjects.discussion(currentUser.user(), area, module, item)
                .orElseThrow(Refusal::notFound);
        Set<UUID> authors = new HashSet<>();
        found.latest().forEach(p -> authors.add(p.authorId()));
        Map<UUID, String> shown = names.of(authors, Languages.of(request));
        String topicHref = topicHref(area, found.topic().topicId());
        return new Discussion(Topic.of(found.topic()), found.latest().stream()
                .map(p -> new RecentPost(shown.get(p.authorId()), snippet(p.text()), p.createdAt(),
                        topicHref + "#post-" + p.number()))
                .toList());
    }

    @GET
    @Path("mentions")
    public Mentions mentions(@QueryParam("href") String href) {
        return new Mentions(subjects.mentioning(currentUser.user(), area, href).stream()
                .map(m -> new Mention(m.title(), topicHref(area, m.topicId()), m.posts(), m.lastPostAt())).toList());
    }

    static String topicHref(String area, UUID topicId) {
        return "/forum/" + area + "/topic.xhtml?id=" + topicId;
    }

    private static String snippet(String text) {
        String plain = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return plain.length() <= SNIPPET ? plain : plain.substring(0, SNIPPET - 1) + "…";
    }
}

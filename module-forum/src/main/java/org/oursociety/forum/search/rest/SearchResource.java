package org.oursociety.forum.search.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.oursociety.forum.platform.ForumText;
import org.oursociety.forum.platform.Ids;
import org.oursociety.forum.search.application.SearchService;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * {@code GET /forum/api/areas/{area}/search?q=...} (also {@code category}, {@code author}, {@code from}, {@code to},
 * {@code page}): {@code {"results":[{"topicId","postId","title","snippet"}...],"total"}}. The snippet is HTML whose
 * only tags are {@code <mark>} around the words found.
 */
@Path("areas/{area}/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    public record Result(String topicId, String postId, int number, String title, String snippet) {
    }

    public record Results(List<Result> results, long total) {
    }

    @Inject
    SearchService search;

    @Inject
    CurrentUser currentUser;

    @GET
    public Results search(@PathParam("area") String area, @QueryParam("q") String q,
                          @QueryParam("category") String category, @QueryParam("author") String author,
                          @QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("page") @DefaultValue("1") int page) {
        SearchService.Filters filters = new SearchService.Filters(Ids.optional("category", category),
                Ids.optional("author", author), date("from", from), date("to", to));
        SearchService.Results found = search.search(currentUser.user(), area, q, filters, page);
        return new Results(found.results().stream().map(h -> new Result(h.topicId().toString(), h.postId().toString(),
                h.number(), h.title(), h.snippet())).toList(), found.total());
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, ForumText.of("forum.search.date.invalid"));
        }
    }
}

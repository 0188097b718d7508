package org.oursociety.forum.search.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.oursociety.forum.search.application.SearchService;
import org.oursociety.portal.api.security.CurrentUser;

/** {@code GET /forum/api/search?q=&page=}: every space the reader may read, each result with its area. */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EverywhereSearchResource {

    public record Result(String area, String topicId, String postId, int number, String title, String snippet) {
    }

    public record Results(List<Result> results, long total) {
    }

    @Inject
    SearchService search;

    @Inject
    CurrentUser currentUser;

    @GET
    public Results search(@QueryParam("q") String q, @QueryParam("page") @DefaultValue("1") int page) {
        SearchService.Results found = search.searchEverywhere(currentUser.user(), q, page);
        return new Results(found.results().stream().map(h -> new Result(h.areaSlug(), h.topicId().toString(),
                h.postId().toString(), h.number(), h.title(), h.snippet())).toList(), found.total());
    }
}

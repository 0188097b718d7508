package org.oursociety.core.search.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.oursociety.core.search.application.PortalSearch;
import org.oursociety.portal.api.i18n.Languages;
import org.oursociety.portal.api.internal.security.SessionCookie;

/**
 * {@code GET /api/search?area={slug}&q=...} →
 * {@code {"groups":[{"module","name","results":[{"title","href","snippet"}...],"note"?}...]}}: the portal's one
 * search across the modules that are on in the area ({@link PortalSearch}).
 */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    public record Groups(List<PortalSearch.Group> groups) {
    }

    @Inject
    PortalSearch search;

    @Context
    HttpServletRequest request;

    @GET
    public Groups search(@QueryParam("area") String area, @QueryParam("q") String q) {
        return new Groups(search.search(area, q, Languages.of(request), token(request)));
    }

    /** The reader's own token, so each module answers with what this reader may see. */
    public static Optional<String> token(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(header.substring(7).strip());
        }
        return SessionCookie.read(request);
    }
}

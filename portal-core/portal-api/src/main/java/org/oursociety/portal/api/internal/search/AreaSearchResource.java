package org.oursociety.portal.api.internal.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.search.AreaSearchProvider;
import org.oursociety.portal.api.search.SearchHit;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.web.PortalCalls;

/**
 * {@code GET <module>/api/areas/{area}/portal-search?q=&lang=} in every WAR: what this WAR's
 * {@link AreaSearchProvider} finds, or 204 when it has none. An unknown area, or one where the module is
 * off, is 404 before this runs (portal-api's {@code AreaModuleFilter}).
 */
@Path("areas/{area}/portal-search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AreaSearchResource {

    public static final int MAX_QUERY = 200;

    /** The answer: a list, so the shape can grow. */
    public record Found(List<SearchHit> results) {
    }

    @Inject
    @Any
    Instance<AreaSearchProvider> providers;

    @Inject
    CurrentUser currentUser;

    @GET
    public Response search(@PathParam("area") String area, @QueryParam("q") String q, @QueryParam("lang") String lang) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty() || query.length() > MAX_QUERY) {
            throw Refusal.invalid("q", new Message("org.oursociety.portal.api.Messages", "search.query.invalid", MAX_QUERY));
        }
        if (providers.isUnsatisfied()) {
            return Response.noContent().build();
        }
        Locale language = "cy".equals(lang) ? Locale.forLanguageTag("cy") : Locale.ENGLISH;
        List<SearchHit> hits = providers.get().search(area, query, language, currentUser.user()).stream()
                .filter(h -> h.title() != null && PortalCalls.portalPath(h.href()) != null)
                .limit(AreaSearchProvider.MAX_RESULTS).toList();
        return Response.ok(new Found(hits)).build();
    }
}

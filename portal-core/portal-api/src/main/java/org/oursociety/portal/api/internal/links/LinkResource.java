package org.oursociety.portal.api.internal.links;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.oursociety.portal.api.links.LinkCard;
import org.oursociety.portal.api.links.LinkDescriber;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.web.PortalCalls;

/**
 * {@code GET <module>/api/links?href=/budget/riverside/proposal.xhtml?id=7&lang=cy} in every WAR: this WAR's
 * {@link LinkDescriber}'s card for a link to one of its pages, else 404.
 */
@Path("links")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LinkResource {

    @Inject
    @Any
    Instance<LinkDescriber> describers;

    @Context
    ServletContext servlet;

    @GET
    public LinkCard describe(@QueryParam("href") String href, @QueryParam("lang") String lang) {
        if (describers.isUnsatisfied() || href == null || href.length() > 500
                || !href.startsWith(servlet.getContextPath() + "/")) {
            throw Refusal.notFound();
        }
        URI uri;
        try {
            uri = new URI(href);
        } catch (URISyntaxException e) {
            throw Refusal.notFound();
        }
        Locale language = "cy".equals(lang) ? Locale.forLanguageTag("cy") : Locale.ENGLISH;
        return describers.get().describe(uri, language)
                .filter(card -> card.title() != null && PortalCalls.portalPath(card.href()) != null)
                .orElseThrow(Refusal::notFound);
    }
}

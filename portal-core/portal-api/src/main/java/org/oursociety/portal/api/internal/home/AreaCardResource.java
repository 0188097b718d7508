package org.oursociety.portal.api.internal.home;

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
import java.util.Locale;
import org.oursociety.portal.api.home.AreaCardProvider;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * {@code GET <module>/api/areas/{area}/card?lang=cy} in every WAR: the card of this WAR's
 * {@link AreaCardProvider}, or 204 when it has none. An unknown area, or one where the module is off,
 * is 404 before this runs (portal-api's {@code AreaModuleFilter}).
 */
@Path("areas/{area}/card")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AreaCardResource {

    @Inject
    @Any
    Instance<AreaCardProvider> providers;

    @Inject
    CurrentUser currentUser;

    @GET
    public Response card(@PathParam("area") String area, @QueryParam("lang") String lang) {
        if (providers.isUnsatisfied()) {
            return Response.noContent().build();
        }
        Locale language = "cy".equals(lang) ? Locale.forLanguageTag("cy") : Locale.ENGLISH;
        return providers.get().card(area, language, currentUser.user())
                .map(card -> Response.ok(card).build())
                .orElseGet(() -> Response.noContent().build());
    }
}

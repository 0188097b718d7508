package org.oursociety.core.area.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.List;
import org.oursociety.core.area.application.ModuleSwitchService;
import org.oursociety.core.platform.CoreRefusal;
import org.oursociety.portal.api.area.AreaDirectory;
import org.oursociety.portal.api.area.AreaMap;
import org.oursociety.portal.api.internal.module.ModuleRegistry;
import org.oursociety.portal.api.rest.ProblemException;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/** {@code /api/areas/{slug}/modules}: which modules are on in an area, and switching them. */
@Path("areas/{slug}/modules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AreaModuleResource {

    /** A module on in an area, with the link to its page there. */
    public record EnabledModule(String id, String name, String href) {
    }

    /** {@code enabled}, and whether the switch reaches the areas below (default: it does). */
    public record SwitchRequest(Boolean enabled, Boolean descendants) {
    }

    @Inject
    ModuleSwitchService switches;

    @Inject
    AreaDirectory directory;

    @Inject
    CurrentUser currentUser;

    @Inject
    ModuleRegistry registry;

    @GET
    public List<EnabledModule> enabled(@PathParam("slug") String slug) {
        return enabledIn(directory.current(), slug);
    }

    @PUT
    @Path("{moduleId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<EnabledModule> set(@PathParam("slug") String slug, @PathParam("moduleId") String moduleId,
                                   SwitchRequest request) {
        PortalUser actor = actor();
        if (request == null || request.enabled() == null) {
            throw ProblemException.badRequest("Send {\"enabled\": true} or {\"enabled\": false}, and optionally "
                    + "\"descendants\": false to leave the areas below as they are.");
        }
        switches.set(actor, slug, moduleId, request.enabled(), request.descendants() == null || request.descendants());
        return enabledIn(directory.refreshNow(), slug);
    }

    @DELETE
    @Path("{moduleId}")
    public List<EnabledModule> inherit(@PathParam("slug") String slug, @PathParam("moduleId") String moduleId) {
        switches.inherit(actor(), slug, moduleId);
        return enabledIn(directory.refreshNow(), slug);
    }

    private List<EnabledModule> enabledIn(AreaMap map, String slug) {
        AreaMap.AreaRef area = map.bySlug(slug).orElseThrow(() -> CoreRefusal.notFound("area.unknown", slug));
        try {
            return registry.active().stream()
                    .filter(m -> map.isEnabled(m.getId(), area))
                    .map(m -> new EnabledModule(m.getId(), m.getName(), m.getContextPath() + "/" + area.slug() + "/"))
                    .toList();
        } catch (SQLException e) {
            throw Refusal.of(Refusal.Kind.UNAVAILABLE, CoreRefusal.message("module.registry-unreadable"));
        }
    }

    private PortalUser actor() {
        return currentUser.user().orElseThrow(Refusal::signInFirst);
    }
}

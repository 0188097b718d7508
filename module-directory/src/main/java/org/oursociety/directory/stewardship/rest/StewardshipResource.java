package org.oursociety.directory.stewardship.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.oursociety.directory.listing.application.DirectoryPermissions;
import org.oursociety.directory.listing.infrastructure.HsdsStore;
import org.oursociety.directory.stewardship.application.ReminderService;
import org.oursociety.directory.stewardship.application.StewardshipService;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.security.Roles;

/**
 * The management API of keeping listings true, under {@code /directory/api}: claims, editors, changes and
 * suggestions, checks, reports, and running the reminders now. Errors are problem+json ({@link Refusal}).
 */
@Path("")
@RequestScoped
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public class StewardshipResource {

    private static final ObjectMapper OUT = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Inject
    StewardshipService service;

    @Inject
    ReminderService reminders;

    @Inject
    CurrentUser currentUser;

    @POST
    @Path("organizations/{id}/claims")
    public Response claim(@PathParam("id") String id, String body) {
        UUID claim = service.claim(user(), id, json(body).path("message").asText(""));
        return Response.status(201).entity(write(Map.of("id", claim, "status", "pending"))).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("areas/{area}/claims")
    public Response claims(@PathParam("area") String area) {
        return ok(service.pendingClaims(user(), area));
    }

    @POST
    @Path("claims/{id}/{decision: approve|reject}")
    public Response decideClaim(@PathParam("id") String id, @PathParam("decision") String decision) {
        service.decideClaim(user(), uuid(id), "approve".equals(decision));
        return ok(Map.of("status", "approve".equals(decision) ? "approved" : "rejected"));
    }

    @POST
    @Path("organizations/{id}/editors")
    public Response addEditor(@PathParam("id") String id, String body) {
        service.addEditor(user(), id, json(body).path("email").asText(null));
        return ok(Map.of("added", true));
    }

    @PATCH
    @Path("{type: organizations|services}/{id}")
    public Response change(@PathParam("type") String type, @PathParam("id") String id, String body) {
        return ok(service.change(user(), type.substring(0, type.length() - 1), id, json(body)));
    }

    @GET
    @Path("organizations/{id}/suggestions")
    public Response suggestions(@PathParam("id") String id) {
        return ok(service.suggestions(user(), id));
    }

    @GET
    @Path("areas/{area}/suggestions")
    public Response suggestionsIn(@PathParam("area") String area) {
        return ok(service.suggestionsIn(user(), area));
    }

    @POST
    @Path("suggestions/{id}/{decision: approve|reject}")
    public Response decideSuggestion(@PathParam("id") String id, @PathParam("decision") String decision) {
        service.decideSuggestion(user(), uuid(id), "approve".equals(decision));
        return ok(Map.of("status", "approve".equals(decision) ? "approved" : "rejected"));
    }

    @POST
    @Path("organizations/{id}/verify")
    public Response verify(@PathParam("id") String id) {
        service.verify(user(), id);
        return ok(Map.of("verified", true));
    }

    @POST
    @Path("{type: organizations|services}/{id}/reports")
    public Response report(@PathParam("type") String type, @PathParam("id") String id, String body) {
        JsonNode report = json(body);
        UUID created = service.report(currentUser.user(), type.substring(0, type.length() - 1), id,
                report.path("reason").asText(null), report.path("details").asText(""));
        return Response.status(201).entity(write(Map.of("id", created))).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("areas/{area}/reports")
    public Response reports(@PathParam("area") String area) {
        return ok(service.reports(user(), area));
    }

    /** Runs the reminders now (platform admins): for operators, and for tests that move a listing's date back. */
    @POST
    @Path("reminders/run")
    public Response runReminders() {
        PortalUser user = user();
        if (user == null) {
            throw Refusal.signInFirst();
        }
        if (!user.hasRole(Roles.PLATFORM_ADMIN)) {
            throw Refusal.notAllowed();
        }
        return ok(Map.of("reminded", reminders.remindDue()));
    }

    private PortalUser user() {
        return currentUser.user().orElse(null);
    }

    private static JsonNode json(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? HsdsStore.JSON.createObjectNode() : HsdsStore.JSON.readTree(body);
            if (!node.isObject()) {
                throw Refusal.invalid("body", new Message(DirectoryPermissions.BUNDLE, "body.object"));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw Refusal.invalid("body", new Message(DirectoryPermissions.BUNDLE, "import.not-json", e.getOriginalMessage()));
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Refusal.notFound();
        }
    }

    private static Response ok(Object value) {
        return Response.ok(write(value), MediaType.APPLICATION_JSON).build();
    }

    private static String write(Object value) {
        try {
            return OUT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.oursociety.directory.exchange.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.oursociety.directory.exchange.application.ExchangeService;
import org.oursociety.directory.listing.application.DirectoryPermissions;
import org.oursociety.directory.listing.infrastructure.HsdsStore;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/** Wants, offers, their conversations and links between organisations, under {@code /directory/api}. */
@Path("")
@RequestScoped
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public class ExchangeResource {

    private static final ObjectMapper OUT = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Inject
    ExchangeService exchange;

    @Inject
    CurrentUser currentUser;

    @POST
    @Path("organizations/{id}/exchange")
    public Response post(@PathParam("id") String id, String body) {
        JsonNode json = json(body);
        UUID created = exchange.post(user(), id, text(json, "kind"), text(json, "category"), text(json, "title"),
                text(json, "body"), text(json, "ends_on"));
        return Response.status(201).entity(write(Map.of("id", created))).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("areas/{area}/exchange")
    public Response open(@PathParam("area") String area) {
        return ok(exchange.open(area, 200));
    }

    @POST
    @Path("exchange/{id}/messages")
    public Response message(@PathParam("id") String id, String body) {
        JsonNode json = json(body);
        String replier = text(json, "replier");
        exchange.message(user(), uuid(id), text(json, "body"), replier == null ? null : uuid(replier));
        return Response.status(201).entity(write(Map.of("sent", true))).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("exchange/{id}/messages")
    public Response conversation(@PathParam("id") String id) {
        return ok(exchange.conversation(user(), uuid(id)));
    }

    @POST
    @Path("exchange/{id}/close")
    public Response close(@PathParam("id") String id) {
        exchange.close(user(), uuid(id));
        return ok(Map.of("closed", true));
    }

    @POST
    @Path("organizations/{id}/links")
    public Response link(@PathParam("id") String id, String body) {
        JsonNode json = json(body);
        exchange.link(user(), id, text(json, "organization_id"), text(json, "kind"));
        return ok(Map.of("linked", true));
    }

    @GET
    @Path("organizations/{id}/links")
    public Response links(@PathParam("id") String id) {
        return ok(exchange.linksOf(id));
    }

    private PortalUser user() {
        return currentUser.user().orElse(null);
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
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

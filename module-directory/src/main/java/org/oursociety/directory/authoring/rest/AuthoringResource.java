package org.oursociety.directory.authoring.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.oursociety.directory.authoring.application.AuthoringService;
import org.oursociety.directory.listing.infrastructure.HsdsStore;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * New listings through the management API: {@code POST /directory/api/areas/{area}/organizations},
 * {@code POST /directory/api/organizations/{id}/services} (with {@code hours}:
 * {@code [{"days":["MO","TH"],"opens":"10:00","closes":"16:00"}]}), {@code PUT
 * /directory/api/services/{id}/hours}. 201 with the new record's HSDS address; problem+json otherwise.
 */
@Path("")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthoringResource {

    @Inject
    AuthoringService authoring;

    @Inject
    CurrentUser currentUser;

    @POST
    @Path("areas/{area}/organizations")
    public Response createOrganization(@PathParam("area") String area, String body) {
        String id = authoring.createOrganization(currentUser.user().orElse(null), area, json(body));
        return created("organizations", id);
    }

    @POST
    @Path("organizations/{id}/services")
    public Response createService(@PathParam("id") String organization, String body) {
        String id = authoring.createService(currentUser.user().orElse(null), organization, json(body));
        return created("services", id);
    }

    @PUT
    @Path("services/{id}/hours")
    public Response setHours(@PathParam("id") String service, String body) {
        authoring.setHours(currentUser.user().orElse(null), service, json(body));
        return Response.noContent().build();
    }

    private static Response created(String kind, String id) {
        return Response.created(URI.create("/directory/api/hsds/" + kind + "/" + id))
                .entity(Map.of("id", id, "hsds", "/directory/api/hsds/" + kind + "/" + id)).build();
    }

    private static JsonNode json(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : HsdsStore.JSON.readTree(body);
            if (node == null) {
                throw Refusal.invalid("body", new Message("org.oursociety.directory.Messages", "listing.body"));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw Refusal.invalid("body", new Message("org.oursociety.directory.Messages", "listing.body"));
        }
    }
}

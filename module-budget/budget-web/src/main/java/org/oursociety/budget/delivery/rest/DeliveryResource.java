package org.oursociety.budget.delivery.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.oursociety.budget.delivery.application.DeliveryService;
import org.oursociety.budget.delivery.domain.DeliveryUpdate;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * {@code /budget/api/proposals/{id}/delivery} (updates; managers POST one) and
 * {@code /budget/api/proposals/{id}/follow} (PUT to follow, DELETE to stop).
 */
@Path("proposals/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    public record UpdateBody(String status, Integer progress, String text) {
    }

    public record UpdateJson(String status, int progress, String text, String html, Instant writtenAt) {

        static UpdateJson of(DeliveryUpdate u) {
            return new UpdateJson(u.status().id(), u.progress(), u.text().source(), u.text().html(), u.writtenAt());
        }
    }

    public record Updates(List<UpdateJson> updates) {
    }

    public record Following(boolean following) {
    }

    @Inject
    DeliveryService delivery;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("delivery")
    public Updates updates(@PathParam("id") long id) {
        return new Updates(delivery.updates(id).stream().map(UpdateJson::of).toList());
    }

    @POST
    @Path("delivery")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, UpdateBody body) {
        UpdateBody b = body == null ? new UpdateBody(null, null, null) : body;
        DeliveryUpdate u = delivery.update(currentUser.user().orElseThrow(Refusal::signInFirst), id, b.status(),
                b.progress(), b.text());
        return Response.status(Response.Status.CREATED).entity(UpdateJson.of(u)).build();
    }

    @PUT
    @Path("follow")
    public Following follow(@PathParam("id") long id) {
        return new Following(delivery.follow(currentUser.user().orElseThrow(Refusal::signInFirst), id, true));
    }

    @DELETE
    @Path("follow")
    public Following unfollow(@PathParam("id") long id) {
        return new Following(delivery.follow(currentUser.user().orElseThrow(Refusal::signInFirst), id, false));
    }
}

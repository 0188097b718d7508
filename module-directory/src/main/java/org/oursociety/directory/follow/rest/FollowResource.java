package org.oursociety.directory.follow.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.oursociety.directory.follow.application.FollowService;
import org.oursociety.directory.follow.application.ProposalNews;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.web.PortalCalls;

/**
 * Following organisations (issue 12):
 * <ul>
 *   <li>{@code PUT /directory/api/follows/{organisation}} follow, {@code DELETE} unfollow (signed in);</li>
 *   <li>{@code GET /directory/api/follows} what the caller follows and their news, newest first (marks it read);</li>
 *   <li>{@code PUT /directory/api/follows/{organisation}/proposals/{proposal}}: the budget's "new proposal on behalf
 *   of this organisation", anonymous, believed only once the budget's own API lists it (404 otherwise).</li>
 * </ul>
 */
@Path("follows")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FollowResource {

    public record Notice(String organization, String organizationName, String kind, String title, String href,
                         Instant createdAt, boolean read) {
    }

    public record Follows(List<String> organizations, List<Notice> notices) {
    }

    @Inject
    FollowService follows;

    @Inject
    ProposalNews proposals;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpServletRequest request;

    @GET
    public Follows mine() {
        PortalUser user = user();
        List<Notice> notices = follows.notices(user).stream().map(n -> new Notice(n.organizationId(),
                n.organizationName(), n.kind(), n.title(), n.href(), n.createdAt(), n.read())).toList();
        return new Follows(follows.followed(user), notices);
    }

    @PUT
    @Path("{organization}")
    public Response follow(@PathParam("organization") String organization) {
        follows.follow(user(), organization, PortalCalls.token(request));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{organization}")
    public Response unfollow(@PathParam("organization") String organization) {
        follows.unfollow(user(), organization);
        return Response.noContent().build();
    }

    @PUT
    @Path("{organization}/proposals/{proposal: [0-9]{1,18}}")
    public Response newProposal(@PathParam("organization") String organization, @PathParam("proposal") long proposal) {
        proposals.announce(organization, proposal);
        return Response.noContent().build();
    }

    private PortalUser user() {
        return currentUser.user().orElseThrow(Refusal::signInFirst);
    }
}

package org.oursociety.budget.proposal.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.oursociety.budget.organisation.application.Submission;
import org.oursociety.budget.proposal.application.ProposalForm;
import org.oursociety.budget.proposal.application.ProposalService;
import org.oursociety.budget.proposal.domain.Proposal;
import org.oursociety.budget.round.application.RoundService;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.web.PortalCalls;

/** {@code /budget/api/rounds/{id}/proposals}: a round's proposals; members submit them. */
@Path("rounds/{id}/proposals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoundProposalsResource {

    @Inject
    ProposalService proposals;

    @Inject
    RoundService rounds;

    @Inject
    CurrentUser currentUser;

    @Inject
    Submission submission;

    @Context
    HttpServletRequest request;

    @GET
    public ProposalJson.Proposals list(@PathParam("id") long roundId) {
        PortalUser reader = currentUser.user().orElse(null);
        Round round = rounds.visible(reader, roundId);
        return new ProposalJson.Proposals(proposals.ofRound(reader, round).stream().map(ProposalJson.View::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("id") long roundId, ProposalJson.Create body) {
        ProposalJson.Create b = body == null ? new ProposalJson.Create(null, null, null, null, null, null) : body;
        Proposal p = submission.submit(user(), roundId, new ProposalForm(b.title(), b.description(), b.cost(), b.place(),
                b.category()), b.organisation(), PortalCalls.token(request));
        return Response.created(URI.create("/budget/api/proposals/" + p.id())).entity(ProposalJson.View.of(p)).build();
    }

    private PortalUser user() {
        return currentUser.user().orElseThrow(Refusal::signInFirst);
    }
}

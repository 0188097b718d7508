package org.oursociety.budget.proposal.rest;

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
import java.net.URI;
import org.oursociety.budget.proposal.application.ProposalForm;
import org.oursociety.budget.proposal.application.ProposalService;
import org.oursociety.budget.proposal.domain.Proposal;
import org.oursociety.budget.round.application.RoundService;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/** {@code /budget/api/proposals/{id}}: one proposal; its author edits or withdraws it, managers review it. */
@Path("proposals/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProposalResource {

    @Inject
    ProposalService proposals;

    @Inject
    RoundService rounds;

    @Inject
    CurrentUser currentUser;

    @GET
    public ProposalJson.View one(@PathParam("id") long id) {
        Proposal p = proposals.find(id).orElseThrow(Refusal::notFound);
        rounds.visible(currentUser.user().orElse(null), p.roundId());
        return ProposalJson.View.of(p);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ProposalJson.View edit(@PathParam("id") long id, ProposalJson.Create body) {
        ProposalJson.Create b = body == null ? new ProposalJson.Create(null, null, null, null, null, null) : body;
        return ProposalJson.View.of(proposals.edit(user(), id, new ProposalForm(b.title(), b.description(), b.cost(),
                b.place(), b.category())));
    }

    /** Withdraws the caller's own proposal while proposals are open. */
    @DELETE
    public ProposalJson.View withdraw(@PathParam("id") long id) {
        return ProposalJson.View.of(proposals.withdraw(user(), id));
    }

    @PUT
    @Path("review")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProposalJson.View review(@PathParam("id") long id, ProposalJson.Review body) {
        ProposalJson.Review b = body == null ? new ProposalJson.Review(null, null, null) : body;
        return ProposalJson.View.of(proposals.review(user(), id, b.feasible(), b.cost(), b.explanation()));
    }

    private PortalUser user() {
        return currentUser.user().orElseThrow(Refusal::signInFirst);
    }
}

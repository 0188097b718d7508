package org.oursociety.budget.ballot.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.oursociety.budget.ballot.application.BallotRequest;
import org.oursociety.budget.ballot.application.BallotService;
import org.oursociety.budget.platform.BudgetText;
import org.oursociety.budget.round.application.RoundService;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/**
 * {@code /budget/api/rounds/{id}/paper-ballots} ({@code budget.enter-paper}): POST enters one paper
 * ballot (201 with the receipt; 409 when that person has voted already); GET gives the tally.
 */
@Path("rounds/{id}/paper-ballots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PaperBallotResource {

    @Inject
    BallotService ballots;

    @Inject
    RoundService rounds;

    @Inject
    AreaAccess access;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enter(@PathParam("id") long roundId, BallotJson.Paper body) {
        BallotJson.Paper b = body == null ? new BallotJson.Paper(null, null, null, null, null, null) : body;
        String receipt = ballots.enterPaper(user(), roundId, b.code(), b.name(), b.postcode(),
                new BallotRequest(b.projects(), b.points(), b.ranking()));
        return Response.status(Response.Status.CREATED).entity(new BallotJson.Receipt(receipt)).build();
    }

    /** Online and paper ballots so far: for staff entering paper and for managers. */
    @GET
    public BallotJson.Tally tally(@PathParam("id") long roundId) {
        PortalUser user = user();
        Round round = rounds.visible(user, roundId);
        if (!access.can(user, BudgetText.ENTER_PAPER, round.areaSlug())
                && !access.can(user, BudgetText.MANAGE, round.areaSlug())) {
            throw Refusal.notAllowed();
        }
        long[] t = ballots.tally(roundId);
        return new BallotJson.Tally(t[0], t[1], t[0] + t[1]);
    }

    private PortalUser user() {
        return currentUser.user().orElseThrow(Refusal::signInFirst);
    }
}

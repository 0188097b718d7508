package org.oursociety.budget.ballot.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.oursociety.budget.ballot.application.BallotRequest;
import org.oursociety.budget.ballot.application.BallotService;
import org.oursociety.budget.round.application.RoundService;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/**
 * {@code /budget/api/rounds/{id}/ballot}: the caller's ballot. PUT casts or replaces it (200 with the
 * receipt); not a verified resident 403, not in voting 409, an invalid ballot 400 saying why.
 * Application-scoped: it holds nothing of a request ({@link CurrentUser} is a proxy to the request's), and a
 * request-scoped resource was built and injected afresh for every ballot.
 */
@Path("rounds/{id}/ballot")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class BallotResource {

    @Inject
    BallotService ballots;

    @Inject
    RoundService rounds;

    @Inject
    CurrentUser currentUser;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public BallotJson.Receipt cast(@PathParam("id") long roundId, BallotRequest body) {
        return new BallotJson.Receipt(ballots.cast(user(), roundId, body));
    }

    @GET
    public BallotJson.Mine mine(@PathParam("id") long roundId) {
        PortalUser user = user();
        var kind = rounds.find(roundId).orElseThrow(Refusal::notFound).ballot().kind();
        return ballots.mine(user, roundId).map(b -> BallotJson.Mine.of(b, kind)).orElseThrow(Refusal::notFound);
    }

    private PortalUser user() {
        return currentUser.user().orElseThrow(Refusal::signInFirst);
    }
}

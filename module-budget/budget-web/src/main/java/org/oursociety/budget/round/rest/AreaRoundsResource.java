package org.oursociety.budget.round.rest;

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
import java.net.URI;
import org.oursociety.budget.platform.BudgetText;
import org.oursociety.budget.round.application.NewRound;
import org.oursociety.budget.round.application.RoundService;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/** {@code /budget/api/areas/{area}/rounds}: an area's rounds; managers create them. */
@Path("areas/{area}/rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AreaRoundsResource {

    @Inject
    RoundService rounds;

    @Inject
    CurrentUser currentUser;

    @GET
    public RoundJson.Rounds list(@PathParam("area") String area) {
        return new RoundJson.Rounds(rounds.inArea(currentUser.user().orElse(null), area).stream()
                .map(RoundJson.View::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("area") String area, RoundJson.Create body) {
        if (body == null) {
            throw BudgetText.invalid("title", "round.title.length", 3, 200);
        }
        RoundJson.Ballot b = body.ballot() == null ? new RoundJson.Ballot(null, null, null, null) : body.ballot();
        RoundJson.Dates d = body.dates() == null ? new RoundJson.Dates(null, null, null, null) : body.dates();
        Round round = rounds.create(currentUser.user().orElseThrow(Refusal::signInFirst), area,
                new NewRound(body.title(), body.description(), body.budget(), body.rule(), b.kind(), b.min(), b.max(),
                        b.points(), d.proposals(), d.review(), d.voting(), d.results()));
        return Response.created(URI.create("/budget/api/rounds/" + round.id())).entity(RoundJson.View.of(round)).build();
    }
}

package org.oursociety.budget.round.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.oursociety.budget.platform.BudgetText;
import org.oursociety.budget.round.application.RoundService;
import org.oursociety.budget.round.domain.Phase;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/** {@code /budget/api/rounds/{id}} and its phase. */
@Path("rounds/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoundResource {

    @Inject
    RoundService rounds;

    @Inject
    CurrentUser currentUser;

    @GET
    public RoundJson.View round(@PathParam("id") long id) {
        return RoundJson.View.of(rounds.visible(currentUser.user().orElse(null), id));
    }

    /** The next phase only; a step backwards or skipped is 409. */
    @PUT
    @Path("phase")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoundJson.View phase(@PathParam("id") long id, RoundJson.PhaseChange body) {
        Phase target = Phase.byId(body == null ? null : body.phase())
                .orElseThrow(() -> BudgetText.invalid("phase", "round.phase.unknown"));
        return RoundJson.View.of(rounds.advance(currentUser.user().orElseThrow(Refusal::signInFirst), id, target));
    }
}

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

    /** {@code {"budgets":{"sub-area-slug":pounds,...}}}: one round per sub-area, each with its own ballot and result. */
    public record Split(java.util.Map<String, Long> budgets) {
    }

    /** Splits a draft round into one budget per sub-area directly below its area (budget.manage): 201 with the parts. */
    @jakarta.ws.rs.POST
    @Path("split")
    @Consumes(MediaType.APPLICATION_JSON)
    public jakarta.ws.rs.core.Response split(@PathParam("id") long id, Split body) {
        var parts = rounds.split(currentUser.user().orElseThrow(Refusal::signInFirst), id,
                body == null || body.budgets() == null ? java.util.Map.of() : body.budgets());
        return jakarta.ws.rs.core.Response.status(jakarta.ws.rs.core.Response.Status.CREATED)
                .entity(new RoundJson.Rounds(parts.stream().map(RoundJson.View::of).toList())).build();
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

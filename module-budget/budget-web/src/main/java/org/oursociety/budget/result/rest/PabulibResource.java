package org.oursociety.budget.result.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.oursociety.budget.platform.BudgetText;
import org.oursociety.budget.result.application.ResultService;
import org.oursociety.budget.round.application.RoundService;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * {@code GET /budget/api/rounds/{id}/pabulib}: the published, anonymised ballots exactly as counted
 * (their SHA-256 is on the results page), so that anyone can recount them with budget-engine.jar.
 */
@Path("rounds/{id}/pabulib")
@RequestScoped
public class PabulibResource {

    @Inject
    ResultService results;

    @Inject
    RoundService rounds;

    @Inject
    CurrentUser currentUser;

    @GET
    @Produces("text/plain; charset=UTF-8")
    public Response file(@PathParam("id") long id) {
        Round round = rounds.visible(currentUser.user().orElse(null), id);
        String file = results.pabulib(round.id()).orElseThrow(() -> BudgetText.refuse(Refusal.Kind.NOT_FOUND,
                "result.none-yet"));
        return Response.ok(file).header("Content-Disposition", "inline; filename=\"round-" + id + ".pb\"")
                .header("X-Content-SHA256", ResultService.sha256(file)).build();
    }
}

package org.oursociety.budget.result.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.oursociety.budget.result.application.ResultService;
import org.oursociety.budget.round.application.RoundService;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.portal.api.i18n.Languages;
import org.oursociety.portal.api.security.CurrentUser;

/** {@code /budget/api/rounds/{id}/results[?rule=greedy]}: the stored result, or a what-if recount of the same ballots. */
@Path("rounds/{id}/results")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResultResource {

    @Inject
    ResultService results;

    @Inject
    RoundService rounds;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpServletRequest request;

    @GET
    public ResultJson.Result result(@PathParam("id") long id, @QueryParam("rule") String rule) {
        Round round = rounds.visible(currentUser.user().orElse(null), id);
        return ResultJson.Result.of(results.result(round, rule), Languages.of(request), results.titles(round.id()));
    }
}

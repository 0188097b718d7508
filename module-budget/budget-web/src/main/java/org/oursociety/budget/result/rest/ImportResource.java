package org.oursociety.budget.result.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.oursociety.budget.result.application.ImportService;
import org.oursociety.budget.round.rest.RoundJson;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * {@code POST /budget/api/areas/{area}/rounds/import?title=&rule=} with the Pabulib file as
 * {@code text/plain} ({@code budget.manage}): 201 with the finished round and every problem in the file
 * by line; 400 with the line when the file cannot be counted at all. Larger files than the API's body
 * limit go through the import page.
 */
@Path("areas/{area}/rounds/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    public record Imported(RoundJson.View round, List<ImportService.Problem> problems) {
    }

    @Inject
    ImportService imports;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public Response importRound(@PathParam("area") String area, @QueryParam("title") String title,
                                @QueryParam("rule") String rule, String file) {
        ImportService.Imported imported = imports.importRound(currentUser.user().orElseThrow(Refusal::signInFirst), area,
                title, rule, file);
        return Response.created(URI.create("/budget/api/rounds/" + imported.round().id()))
                .entity(new Imported(RoundJson.View.of(imported.round()), imported.problems())).build();
    }
}

package org.oursociety.budget.organisation.rest;

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
import java.util.List;
import java.util.Locale;
import org.oursociety.budget.organisation.application.BackingService;
import org.oursociety.budget.platform.BudgetText;
import org.oursociety.portal.api.i18n.Languages;

/**
 * {@code GET /budget/api/organisations/{id}/proposals?lang=}: the public proposals submitted on behalf of a
 * directory organisation, newest first, for the organisation's page in the directory. Funded ones say so, with
 * their delivery status in the reader's language.
 */
@Path("organisations/{id}/proposals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationProposalsResource {

    public record Item(long id, String title, String href, String status, boolean funded, String delivery,
                       int progress) {
    }

    public record Proposals(List<Item> proposals) {
    }

    @Inject
    BackingService backing;

    @Context
    HttpServletRequest request;

    @GET
    public Proposals list(@PathParam("id") String organisationId, @QueryParam("lang") String lang) {
        Locale language = lang == null || Languages.supported(lang) == null ? Languages.of(request) : Languages.supported(lang);
        return new Proposals(backing.publicProposals(organisationId).stream().map(p -> new Item(p.id(), p.title(),
                "/budget/" + p.areaSlug() + "/proposal.xhtml?id=" + p.id(),
                BudgetText.message("status." + p.status()).in(language), p.funded(),
                p.funded() ? BudgetText.message("delivery." + (p.deliveryStatus() == null ? "planned" : p.deliveryStatus()))
                        .in(language) : null,
                p.progress())).toList());
    }
}

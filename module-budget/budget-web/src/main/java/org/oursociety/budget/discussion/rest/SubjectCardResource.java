package org.oursociety.budget.discussion.rest;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oursociety.budget.delivery.application.DeliveryService;
import org.oursociety.budget.organisation.application.BackingService;
import org.oursociety.budget.platform.BudgetText;
import org.oursociety.budget.proposal.application.ProposalService;
import org.oursociety.budget.proposal.domain.Proposal;
import org.oursociety.budget.proposal.domain.ProposalStatus;
import org.oursociety.budget.round.application.RoundService;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.portal.api.area.AreaDirectory;
import org.oursociety.portal.api.area.AreaMap;
import org.oursociety.portal.api.home.SubjectCard;
import org.oursociety.portal.api.i18n.Languages;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.text.UserText;

/**
 * {@code GET /budget/api/subjects/{id}?lang=}: a proposal's card for other modules (portal-api {@link SubjectCard}):
 * title, address, cost, phase, status and whether it was funded, in the reader's language. Read live by the forum's
 * topic page, so the topic stays in step when the proposal changes; and read by the forum before it makes the
 * proposal's topic, which is why only public proposals have a card (drafts, withdrawn ones and proposals of an
 * area where the budget is switched off are 404).
 */
@Path("subjects/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SubjectCardResource {

    private static final int SUMMARY = 300;

    @Inject
    ProposalService proposals;

    @Inject
    RoundService rounds;

    @Inject
    DeliveryService delivery;

    @Inject
    BackingService backing;

    @Inject
    CurrentUser currentUser;

    @Inject
    AreaDirectory areas;

    @Context
    HttpServletRequest request;

    @GET
    public SubjectCard card(@PathParam("id") String id, @QueryParam("lang") String lang) {
        Proposal p = proposals.find(parse(id)).orElseThrow(Refusal::notFound);
        PortalUser reader = currentUser.user().orElse(null);
        Round round = rounds.visible(reader, p.roundId());
        if (p.status() == ProposalStatus.WITHDRAWN || !budgetOn(round.areaSlug())) {
            throw Refusal.notFound();
        }
        Locale language = Languages.supported(lang) == null ? Languages.of(request) : Languages.supported(lang);
        List<SubjectCard.Fact> facts = new ArrayList<>();
        facts.add(fact(language, "proposal.field.cost", BudgetText.message("money", p.shownCost()).in(language)));
        facts.add(fact(language, "subject.phase", BudgetText.message("phase." + round.phase().id()).in(language)));
        facts.add(fact(language, "proposal.field.status", BudgetText.message("status." + p.status().id()).in(language)));
        if (round.hasResults()) {
            facts.add(fact(language, "subject.outcome", BudgetText.message(
                    delivery.funded(p.id()) ? "subject.funded" : "subject.not-funded").in(language)));
        }
        backing.of(p.id()).ifPresent(o -> facts.add(fact(language, "subject.organisation", o.name())));
        String plain = UserText.plain(p.description()).strip().replaceAll("\\s+", " ");
        return new SubjectCard(round.areaSlug(), p.title(), "/budget/" + round.areaSlug() + "/proposal.xhtml?id=" + p.id(),
                plain.length() <= SUMMARY ? plain : plain.substring(0, SUMMARY - 1) + "…",
                p.authorId().map(Object::toString).orElse(null), facts);
    }

    /** A budget switched off in the round's area shows nothing there, so other modules leave the link out. */
    private boolean budgetOn(String areaSlug) {
        AreaMap map = areas.current();
        return map.bySlug(areaSlug).map(a -> map.isEnabled("budget", a)).orElse(false);
    }

    private static SubjectCard.Fact fact(Locale language, String labelKey, String value) {
        return new SubjectCard.Fact(BudgetText.message(labelKey).in(language), value);
    }

    private static long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw Refusal.notFound();
        }
    }
}

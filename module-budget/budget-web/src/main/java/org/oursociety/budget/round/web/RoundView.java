package org.oursociety.budget.round.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oursociety.budget.ballot.application.BallotService;
import org.oursociety.budget.platform.BudgetPages;
import org.oursociety.budget.platform.BudgetText;
import org.oursociety.budget.proposal.application.ProposalForm;
import org.oursociety.budget.proposal.application.ProposalService;
import org.oursociety.budget.proposal.domain.Proposal;
import org.oursociety.budget.round.application.RoundService;
import org.oursociety.budget.round.domain.Phase;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.area.Residence;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.web.PortalCalls;
import org.oursociety.portal.api.security.PortalUser;

/**
 * {@code /budget/{area}/round.xhtml?id=N}: a round, its phase and what the reader can do now, its
 * proposals; members propose while proposals are open; managers move it to the next phase.
 */
@Named
@ViewScoped
public class RoundView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("title", "title", "description", "description",
            "cost", "cost", "place", "place", "category", "category", "organisation", "organisation");

    /** A proposal as the round page lists it. */
    public record ProposalRow(long id, String title, long cost, String status, String statusName, String colour)
            implements Serializable {
    }

    @Inject
    RoundService rounds;

    @Inject
    ProposalService proposals;

    @Inject
    BallotService ballots;

    @Inject
    AreaAccess access;

    @Inject
    Residence residence;

    @Inject
    CurrentUser currentUser;

    @Inject
    org.oursociety.budget.organisation.application.Submission submission;

    @Inject
    org.oursociety.budget.organisation.web.OnBehalfView onBehalf;

    private Long id;
    private transient Round round;
    private String title;
    private String description;
    private Long cost;
    private String place;
    private String category;

    /** {@code f:viewAction}: 404 for an unknown round or a draft the reader may not see. */
    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            round = id == null ? null : rounds.visible(reader(), id);
        } catch (Refusal refusal) {
            round = null;
        }
        if (round == null) {
            external.responseSendError(404, "No such round");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private PortalUser reader() {
        return currentUser.user().orElse(null);
    }

    public Round getRound() {
        return round();
    }

    /** The round, read again after the view was restored from elsewhere. */
    private Round round() {
        if (round == null && id != null) {
            round = rounds.find(id).orElseThrow(Refusal::notFound);
        }
        return round;
    }

    /** The round as an action on this page left it (new dates, for example). */
    public void reloaded(Round saved) {
        round = saved;
    }

    public RoundRow getRow() {
        return RoundRow.of(round());
    }

    public String getBallotDescription() {
        var b = round().ballot();
        return switch (b.kind()) {
            case APPROVAL -> b.max() == null ? BudgetPages.text("ballot.describe.approval-any", b.min())
                    : BudgetPages.text("ballot.describe.approval", b.min(), b.max());
            case KNAPSACK -> BudgetPages.text("ballot.describe.knapsack", round().budget());
            case CUMULATIVE -> BudgetPages.text("ballot.describe.cumulative", b.points());
            case RANKED -> BudgetPages.text("ballot.describe.ranked", b.max());
        };
    }

    public String getRuleName() {
        return BudgetPages.text("rule." + round().rule());
    }

    public List<ProposalRow> getProposals() {
        return proposals.ofRound(reader(), round()).stream().map(p -> new ProposalRow(p.id(), p.title(), p.shownCost(),
                p.status().id(), BudgetPages.text("status." + p.status().id()), colour(p))).toList();
    }

    private static String colour(Proposal p) {
        return switch (p.status()) {
            case FEASIBLE -> "green";
            case UNFEASIBLE -> "red";
            case WITHDRAWN -> "grey";
            default -> "blue";
        };
    }

    public boolean isManager() {
        return currentUser.user().map(u -> access.can(u, BudgetText.MANAGE, round().areaSlug())).orElse(false);
    }

    public boolean isPaperClerk() {
        return currentUser.user().map(u -> access.can(u, BudgetText.ENTER_PAPER, round().areaSlug())).orElse(false);
    }

    public boolean isCanPropose() {
        return round().acceptsProposals() && currentUser.user().map(PortalUser::confirmed).orElse(false);
    }

    public boolean isVoting() {
        return round().acceptsBallots();
    }

    public boolean isResident() {
        return currentUser.user().map(u -> residence.isVerifiedResident(u, round().areaSlug())).orElse(false);
    }

    public boolean isVoted() {
        return currentUser.user().flatMap(u -> ballots.mine(u, round().id())).isPresent();
    }

    public Optional<Phase> getNextPhase() {
        return round().phase().next();
    }

    public String getNextPhaseName() {
        return round().phase().next().map(p -> BudgetPages.text("phase." + p.id())).orElse("");
    }

    public long[] getTally() {
        return ballots.tally(round().id());
    }

    public String advance() {
        Optional<Phase> next = round().phase().next();
        if (next.isEmpty()) {
            return null;
        }
        try {
            round = rounds.advance(currentUser.user().orElseThrow(Refusal::signInFirst), round().id(), next.get());
            BudgetPages.info("phase.moved", BudgetPages.text("phase." + round().phase().id()));
        } catch (Refusal refusal) {
            BudgetPages.refused("phase", refusal, Map.of());
            round = rounds.find(round().id()).orElseThrow();
        }
        return null;
    }

    public String propose() {
        try {
            Proposal p = submission.submit(currentUser.user().orElseThrow(Refusal::signInFirst), round().id(),
                    new ProposalForm(title, description, cost, place, category), onBehalf.getOrganisation(),
                    PortalCalls.token(onBehalf.request()));
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/" + round().areaSlug() + "/proposal.xhtml?id=" + p.id());
        } catch (Refusal refusal) {
            BudgetPages.refused("propose", refusal, FIELDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getCost() {
        return cost;
    }

    public void setCost(Long cost) {
        this.cost = cost;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}

package org.oursociety.budget.proposal.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.oursociety.budget.delivery.application.DeliveryService;
import org.oursociety.budget.platform.BudgetPages;
import org.oursociety.budget.platform.BudgetText;
import org.oursociety.budget.proposal.application.ProposalForm;
import org.oursociety.budget.proposal.application.ProposalService;
import org.oursociety.budget.proposal.domain.Proposal;
import org.oursociety.budget.proposal.domain.ProposalStatus;
import org.oursociety.budget.round.application.RoundService;
import org.oursociety.budget.round.domain.Phase;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/**
 * {@code /budget/{area}/proposal.xhtml?id=N}: one proposal; its author withdraws it while proposals are
 * open; managers review it in review and post delivery updates once funded; residents follow it.
 */
@Named
@ViewScoped
public class ProposalView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> EDIT_FIELDS = Map.of("title", "title", "description", "description",
            "cost", "cost", "place", "place", "category", "category");

    /** A delivery update as the page shows it. */
    public record UpdateRow(String status, int progress, String html, String when) implements Serializable {
    }

    @Inject
    ProposalService proposals;

    @Inject
    RoundService rounds;

    @Inject
    DeliveryService delivery;

    @Inject
    AreaAccess access;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private transient Proposal proposal;
    private transient Round round;
    private Long finalCost;
    private String explanation;
    private String status = "in-progress";
    private Integer progress;
    private String updateText;
    private String editTitle;
    private String editDescription;
    private Long editCost;
    private String editPlace;
    private String editCategory;

    public void load() throws IOException {
        try {
            proposal = id == null ? null : proposals.find(id).orElse(null);
            round = proposal == null ? null : rounds.visible(currentUser.user().orElse(null), proposal.roundId());
        } catch (Refusal refusal) {
            proposal = null;
        }
        if (proposal == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such proposal");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        finalCost = proposal.shownCost();
        editTitle = proposal.title();
        editDescription = proposal.description().source();
        editCost = proposal.cost();
        editPlace = proposal.place().orElse(null);
        editCategory = proposal.category().orElse(null);
    }

    public Proposal getProposal() {
        if (proposal == null && id != null) {
            proposal = proposals.find(id).orElseThrow(Refusal::notFound);
        }
        return proposal;
    }

    public Round getRound() {
        if (round == null) {
            round = rounds.find(getProposal().roundId()).orElseThrow();
        }
        return round;
    }

    private PortalUser user() {
        return currentUser.user().orElse(null);
    }

    public String getStatusName() {
        return BudgetPages.text("status." + getProposal().status().id());
    }

    public boolean isAuthor() {
        return user() != null && getProposal().authorId().filter(user().id()::equals).isPresent();
    }

    public boolean isCanWithdraw() {
        return isAuthor() && getRound().acceptsProposals() && getProposal().status() == ProposalStatus.SUBMITTED;
    }

    public boolean isCanReview() {
        return user() != null && getRound().phase() == Phase.REVIEW && getProposal().status() != ProposalStatus.WITHDRAWN
                && access.can(user(), BudgetText.MANAGE, getRound().areaSlug());
    }

    public boolean isFunded() {
        return getRound().hasResults() && delivery.funded(getProposal().id());
    }

    public boolean isCanUpdate() {
        return isFunded() && user() != null && access.can(user(), BudgetText.MANAGE, getRound().areaSlug());
    }

    public boolean isFollowing() {
        return delivery.follows(user(), getProposal().id());
    }

    public List<UpdateRow> getUpdates() {
        return delivery.updates(getProposal().id()).stream().map(u -> new UpdateRow(
                BudgetPages.text("delivery." + u.status().id()), u.progress(), u.text().html(),
                BudgetPages.when(u.writtenAt()))).toList();
    }

    public int getProgress() {
        List<UpdateRow> updates = getUpdates();
        return updates.isEmpty() ? 0 : updates.get(0).progress();
    }

    public String getDeliveryStatus() {
        List<UpdateRow> updates = getUpdates();
        return updates.isEmpty() ? BudgetPages.text("delivery.planned") : updates.get(0).status();
    }

    public String withdraw() {
        try {
            proposal = proposals.withdraw(user(), getProposal().id());
            BudgetPages.info("proposal.withdrawn.done");
        } catch (Refusal refusal) {
            BudgetPages.refused("withdraw", refusal, Map.of());
        }
        return null;
    }

    /** The author's changes while proposals are open; each problem at its field. */
    public String edit() {
        try {
            proposal = proposals.edit(user(), getProposal().id(),
                    new ProposalForm(editTitle, editDescription, editCost, editPlace, editCategory));
            BudgetPages.info("proposal.edited");
        } catch (Refusal refusal) {
            BudgetPages.refused("edit", refusal, EDIT_FIELDS);
        }
        return null;
    }

    public String feasible() {
        return review(true);
    }

    public String unfeasible() {
        return review(false);
    }

    private String review(boolean feasible) {
        try {
            proposal = proposals.review(user(), getProposal().id(), feasible, feasible ? finalCost : null,
                    feasible ? null : explanation);
            BudgetPages.info("proposal.reviewed.done");
        } catch (Refusal refusal) {
            BudgetPages.refused("review", refusal, Map.of("cost", "finalCost", "explanation", "explanation"));
        }
        return null;
    }

    public String follow() {
        try {
            delivery.follow(user(), getProposal().id(), !isFollowing());
        } catch (Refusal refusal) {
            BudgetPages.refused("follow", refusal, Map.of());
        }
        return null;
    }

    public String postUpdate() {
        try {
            delivery.update(user(), getProposal().id(), status, progress, updateText);
            BudgetPages.info("delivery.posted");
            updateText = null;
        } catch (Refusal refusal) {
            BudgetPages.refused("update", refusal, Map.of("status", "status", "progress", "progress", "text", "text"));
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getFinalCost() {
        return finalCost;
    }

    public void setFinalCost(Long finalCost) {
        this.finalCost = finalCost;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getProgressInput() {
        return progress;
    }

    public void setProgressInput(Integer progress) {
        this.progress = progress;
    }

    public String getUpdateText() {
        return updateText;
    }

    public void setUpdateText(String updateText) {
        this.updateText = updateText;
    }

    public String getEditTitle() {
        return editTitle;
    }

    public void setEditTitle(String editTitle) {
        this.editTitle = editTitle;
    }

    public String getEditDescription() {
        return editDescription;
    }

    public void setEditDescription(String editDescription) {
        this.editDescription = editDescription;
    }

    public Long getEditCost() {
        return editCost;
    }

    public void setEditCost(Long editCost) {
        this.editCost = editCost;
    }

    public String getEditPlace() {
        return editPlace;
    }

    public void setEditPlace(String editPlace) {
        this.editPlace = editPlace;
    }

    public String getEditCategory() {
        return editCategory;
    }

    public void setEditCategory(String editCategory) {
        this.editCategory = editCategory;
    }
}

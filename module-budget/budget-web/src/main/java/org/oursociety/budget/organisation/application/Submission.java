package org.oursociety.budget.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.oursociety.budget.discussion.application.DiscussionLinker;
import org.oursociety.budget.organisation.infrastructure.BackingStore.Backing;
import org.oursociety.budget.organisation.infrastructure.DirectoryOrganisations;
import org.oursociety.budget.platform.BudgetText;
import org.oursociety.budget.proposal.application.ProposalForm;
import org.oursociety.budget.proposal.application.ProposalService;
import org.oursociety.budget.proposal.domain.Proposal;
import org.oursociety.budget.round.application.RoundService;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.PortalUser;

/**
 * Publishing a proposal, with what issue 12 links to it. Not transactional itself: the directory is asked
 * (whether the member edits the organisation) before anything is written, the proposal is committed by
 * {@link ProposalService} or {@link BackingService}, and only then are the forum (its topic) and the directory
 * (its followers) told, so they read back a committed proposal. Neither can undo or delay the proposal: when
 * they do not answer, the timer asks the forum again and the page shows a plain note meanwhile.
 */
@ApplicationScoped
public class Submission {

    private static final Logger LOG = Logger.getLogger(Submission.class.getName());

    @Inject
    ProposalService proposals;

    @Inject
    BackingService backing;

    @Inject
    RoundService rounds;

    @Inject
    DirectoryOrganisations directory;

    @Inject
    DiscussionLinker discussions;

    /** The organisations the member may submit for; empty list when none, empty when the directory is silent. */
    public Optional<List<Backing>> organisations(Optional<String> token) {
        return directory.editedBy(token);
    }

    public Proposal submit(PortalUser user, long roundId, ProposalForm form, String organisationId, Optional<String> token) {
        Proposal p;
        Optional<Backing> organisation = Optional.empty();
        if (organisationId == null || organisationId.isBlank()) {
            p = proposals.submit(user, roundId, form);
        } else {
            if (user == null) {
                throw Refusal.signInFirst();
            }
            List<Backing> editable = directory.editedBy(token).orElseThrow(() ->
                    BudgetText.refuse(Refusal.Kind.UNAVAILABLE, "proposal.organisation.unavailable"));
            organisation = editable.stream().filter(o -> o.organisationId().equals(organisationId.strip())).findFirst();
            p = backing.submitOnBehalf(user, roundId, form, organisation.orElseThrow(() ->
                    BudgetText.invalid("organisation", "proposal.organisation.not-editor")));
        }
        published(p, organisation);
        return p;
    }

    private void published(Proposal p, Optional<Backing> organisation) {
        try {
            rounds.find(p.roundId()).ifPresent(round -> discussions.link(p.id(), round.areaSlug()));
            organisation.ifPresent(o -> directory.tellNewProposal(o.organisationId(), p.id()));
        } catch (RuntimeException e) {
            // The proposal is published whatever happens here; the timer asks the forum again.
            LOG.log(Level.WARNING, "Could not tell the other modules of proposal {0}: {1}",
                    new Object[]{p.id(), e.getMessage()});
        }
    }
}

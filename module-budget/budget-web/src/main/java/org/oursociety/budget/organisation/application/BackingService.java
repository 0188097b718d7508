package org.oursociety.budget.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.oursociety.budget.organisation.infrastructure.BackingStore;
import org.oursociety.budget.organisation.infrastructure.BackingStore.Backing;
import org.oursociety.budget.organisation.infrastructure.BackingStore.OrganisationProposal;
import org.oursociety.budget.proposal.application.ProposalForm;
import org.oursociety.budget.proposal.application.ProposalService;
import org.oursociety.budget.proposal.domain.Proposal;
import org.oursociety.portal.api.security.PortalUser;

/** Proposals submitted on behalf of a directory organisation, and an organisation's public proposals. */
@ApplicationScoped
public class BackingService {

    private static final int LIST_MAX = 50;

    @Inject
    ProposalService proposals;

    @Inject
    BackingStore store;

    /** The proposal and its organisation in one transaction: both or neither. */
    @Transactional
    public Proposal submitOnBehalf(PortalUser user, long roundId, ProposalForm form, Backing organisation) {
        Proposal p = proposals.submit(user, roundId, form);
        store.insert(p.id(), organisation, user.id());
        return p;
    }

    public Optional<Backing> of(long proposalId) {
        return store.of(proposalId);
    }

    public List<OrganisationProposal> publicProposals(String organisationId) {
        return store.publicProposals(organisationId, LIST_MAX);
    }
}

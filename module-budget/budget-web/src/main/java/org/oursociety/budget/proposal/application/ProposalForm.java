package org.oursociety.budget.proposal.application;

/** What a member writes for a proposal; checked by the service. */
public record ProposalForm(String title, String description, Long cost, String place, String category) {
}

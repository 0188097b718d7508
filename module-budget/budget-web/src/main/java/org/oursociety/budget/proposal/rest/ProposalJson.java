package org.oursociety.budget.proposal.rest;

import java.util.List;
import org.oursociety.budget.proposal.domain.Proposal;

/** The JSON of proposals in the API. */
public final class ProposalJson {

    private ProposalJson() {
    }

    /** {@code organisation}: a directory organisation's id the caller edits, to submit on its behalf (issue 12). */
    public record Create(String title, String description, Long cost, String place, String category,
                         String organisation) {
    }

    public record Review(Boolean feasible, Long cost, String explanation) {
    }

    public record View(long id, long round, String title, String description, String descriptionHtml, long cost,
                       Long estimatedCost, String place, String category, String status, String explanation) {

        public static View of(Proposal p) {
            return new View(p.id(), p.roundId(), p.title(), p.description().source(), p.description().html(),
                    p.shownCost(), p.cost(), p.place().orElse(null), p.category().orElse(null), p.status().id(),
                    p.explanation().orElse(null));
        }
    }

    public record Proposals(List<View> proposals) {
    }
}

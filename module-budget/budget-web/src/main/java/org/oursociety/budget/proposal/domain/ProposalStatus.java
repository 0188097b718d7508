package org.oursociety.budget.proposal.domain;

import java.util.Locale;

/** Where a proposal stands: submitted (editable until review), withdrawn by its author, or reviewed. */
public enum ProposalStatus {
    SUBMITTED, WITHDRAWN, FEASIBLE, UNFEASIBLE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProposalStatus byId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}

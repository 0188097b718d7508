package org.oursociety.budget.result.domain;

/** One project in a count: its id in the published file, cost (pounds), votes, whether funded and why. */
public record ProjectOutcome(long id, String fileId, String title, long cost, long votes, boolean funded,
                             Integer fundedOrder, Explanation explanation) {
}

package org.oursociety.budget.result.domain;

import java.time.Instant;
import java.util.List;

/**
 * A count of a round's ballots under one rule: the stored result (the round's rule), or a what-if
 * recount of the same published ballots under another rule, which never changes the stored one.
 *
 * @param funded   the funded projects' ids in the order the rule funded them
 * @param projects every project on the ballot, in id order
 * @param shares   how Equal Shares went, or null for other rules
 */
public record RoundResult(long roundId, String rule, long budget, long spent, long voters, long votersWithFunded,
                          List<Long> funded, List<ProjectOutcome> projects, ShareNote shares, String sha256,
                          Instant countedAt, boolean whatIf) {
}

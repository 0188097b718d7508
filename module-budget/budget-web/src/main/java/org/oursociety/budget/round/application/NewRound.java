package org.oursociety.budget.round.application;

import java.time.Instant;

/** What a manager fills in to create a round; anything may be missing or wrong until the service checks it. */
public record NewRound(String title, String description, Long budget, String rule, String ballotKind, Integer min,
                       Integer max, Integer points, Instant proposalsAt, Instant reviewAt, Instant votingAt,
                       Instant resultsAt) {
}

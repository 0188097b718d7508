package org.oursociety.budget.ballot.domain;

import java.time.Instant;

/** A stored ballot: whose receipt ({@code voterId}), what it chose, how and when it came. */
public record CastBallot(String voterId, BallotChoice choice, Channel channel, Instant castAt) {
}

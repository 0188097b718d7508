package org.oursociety.budget.ballot.domain;

/**
 * Why a ballot cannot be accepted, as a message key of the module's bundle with its arguments
 * (money in whole pounds), and the field it is about ({@code projects}, {@code points}, {@code ranking}).
 */
public record BallotProblem(String field, String key, Object... args) {
}

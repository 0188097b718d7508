package org.oursociety.budget.ballot.application;

import java.util.List;
import java.util.Map;

/**
 * A ballot as sent: {@code projects} (approval, knapsack), {@code points} (cumulative: project id to
 * points) or {@code ranking} (ranked, most preferred first). Only the one the round's kind uses is read.
 */
public record BallotRequest(List<Long> projects, Map<String, Integer> points, List<Long> ranking) {
}

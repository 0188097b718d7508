package org.oursociety.budget.ballot.domain;

import java.util.List;

/**
 * What a voter chose: the projects (for a ranked ballot most preferred first) and, for a cumulative
 * ballot, the points given to each in the same order.
 */
public record BallotChoice(List<Long> projects, List<Integer> points) {

    public BallotChoice {
        projects = List.copyOf(projects);
        points = points == null ? null : List.copyOf(points);
        if (points != null && points.size() != projects.size()) {
            throw new IllegalArgumentException("points and projects differ in length");
        }
    }

    public static BallotChoice of(List<Long> projects) {
        return new BallotChoice(projects, null);
    }
}

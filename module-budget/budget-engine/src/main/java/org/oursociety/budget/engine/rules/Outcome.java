package org.oursociety.budget.engine.rules;

import java.util.List;

/**
 * The result of counting: the funded projects in funding order, a decision with its reason
 * for every project (in PROJECTS order), and for Equal Shares how the count went.
 */
public record Outcome(String rule, List<Integer> selected, List<ProjectResult> projects,
                      EqualSharesSummary equalShares) {

    public Outcome {
        selected = List.copyOf(selected);
        projects = List.copyOf(projects);
    }
}

package org.oursociety.budget.round.web;

import java.io.Serializable;
import org.oursociety.budget.platform.BudgetPages;
import org.oursociety.budget.round.domain.Round;

/** A round as pages list it: phase in words, what one can do now, and until when. */
public record RoundRow(long id, String title, String phase, String phaseName, String tagColour, String now,
                       String until, long budget) implements Serializable {

    public static RoundRow of(Round r) {
        String phase = r.phase().id();
        String until = r.currentPhaseEnds().map(at -> BudgetPages.text("phase.until", BudgetPages.when(at))).orElse("");
        return new RoundRow(r.id(), r.title(), phase, BudgetPages.text("phase." + phase), colour(phase),
                BudgetPages.text("phase." + phase + ".now"), until, r.budget());
    }

    private static String colour(String phase) {
        return switch (phase) {
            case "proposals" -> "blue";
            case "voting" -> "green";
            case "results", "delivery" -> "yellow";
            default -> "grey";
        };
    }
}

package org.oursociety.budget.round.rest;

import java.time.Instant;
import org.oursociety.budget.round.domain.Round;

/** The JSON of rounds in the API. */
public final class RoundJson {

    private RoundJson() {
    }

    public record Ballot(String kind, Integer min, Integer max, Integer points) {
    }

    public record Dates(Instant proposals, Instant review, Instant voting, Instant results) {
    }

    /** {@code POST /budget/api/areas/{area}/rounds}. */
    public record Create(String title, String description, Long budget, String rule, Ballot ballot, Dates dates) {
    }

    public record PhaseChange(String phase) {
    }

    /** A round as every reader sees it. */
    public record View(long id, String area, Long parent, String title, String description, String phase,
                       long budget, String rule, Ballot ballot, Dates dates, Instant phaseEnds, boolean imported) {

        public static View of(Round r) {
            return new View(r.id(), r.areaSlug(), r.parentId().orElse(null), r.title(), r.description().source(),
                    r.phase().id(), r.budget(), r.rule(), new Ballot(r.ballot().kind().id(), r.ballot().min(),
                    r.ballot().max(), r.ballot().points()), new Dates(r.dates().proposals(), r.dates().review(),
                    r.dates().voting(), r.dates().results()), r.currentPhaseEnds().orElse(null), r.imported());
        }
    }

    public record Rounds(java.util.List<View> rounds) {
    }
}

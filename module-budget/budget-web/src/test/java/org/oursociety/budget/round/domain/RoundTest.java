package org.oursociety.budget.round.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.text.RenderedText;

class RoundTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private static Round draft(PhaseDates dates) {
        return new Round(1L, "riverside", null, "Spend it", new RenderedText("", ""), 1000, Round.DEFAULT_RULE,
                BallotRules.of(BallotKind.APPROVAL, null, null, null), Phase.DRAFT, dates, NOW, false);
    }

    @Test
    void aRoundMovesForwardOnePhaseAtATimeAndNeverBack() {
        Round round = draft(null);
        round.advanceTo(Phase.PROPOSALS, NOW);
        assertThatThrownBy(() -> round.advanceTo(Phase.VOTING, NOW)).isInstanceOf(PhaseRefused.class);
        assertThatThrownBy(() -> round.advanceTo(Phase.DRAFT, NOW)).isInstanceOf(PhaseRefused.class);
        assertThatThrownBy(() -> round.advanceTo(Phase.PROPOSALS, NOW)).isInstanceOf(PhaseRefused.class);
        round.advanceTo(Phase.REVIEW, NOW);
        round.advanceTo(Phase.VOTING, NOW);
        round.advanceTo(Phase.RESULTS, NOW);
        round.advanceTo(Phase.DELIVERY, NOW);
        assertThat(round.phase()).isEqualTo(Phase.DELIVERY);
        assertThatThrownBy(() -> round.advanceTo(Phase.DELIVERY, NOW)).isInstanceOf(PhaseRefused.class);
    }

    @Test
    void datesMoveARoundOnlyToItsNextPhaseOnceTheyHaveCome() {
        Round round = draft(new PhaseDates(NOW.minusSeconds(60), NOW.plusSeconds(3600), null, null));
        assertThat(round.dueByDate(NOW)).contains(Phase.PROPOSALS);
        round.advanceTo(Phase.PROPOSALS, NOW);
        assertThat(round.dueByDate(NOW)).isEmpty();
        assertThat(round.currentPhaseEnds()).contains(NOW.plusSeconds(3600));
        assertThat(round.dueByDate(NOW.plusSeconds(3600))).contains(Phase.REVIEW);
    }

    @Test
    void datesOutOfOrderAndContradictoryBallotLimitsAreRefused() {
        assertThatThrownBy(() -> new PhaseDates(NOW, NOW.minusSeconds(1), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BallotRules.of(BallotKind.APPROVAL, 3, 2, null)).hasMessage("max");
        assertThatThrownBy(() -> BallotRules.of(BallotKind.CUMULATIVE, null, null, null)).hasMessage("points");
        assertThatThrownBy(() -> BallotRules.of(BallotKind.KNAPSACK, null, null, 5)).hasMessage("points");
        assertThat(BallotRules.of(BallotKind.RANKED, null, null, null).max()).isEqualTo(5);
    }
}

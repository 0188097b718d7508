package org.oursociety.budget.result.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.oursociety.budget.ballot.domain.BallotChoice;
import org.oursociety.budget.ballot.domain.CastBallot;
import org.oursociety.budget.ballot.domain.Channel;
import org.oursociety.budget.engine.pabulib.Validator;
import org.oursociety.budget.proposal.domain.Proposal;
import org.oursociety.budget.proposal.domain.ProposalStatus;
import org.oursociety.budget.result.infrastructure.EngineCount;
import org.oursociety.budget.round.domain.BallotKind;
import org.oursociety.budget.round.domain.BallotRules;
import org.oursociety.budget.round.domain.Phase;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.portal.api.text.RenderedText;

class PabulibExportTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 5, 1);

    private static Round round(BallotRules ballot) {
        return new Round(7L, "riverside", null, "Riverside; 2026", new RenderedText("", ""), 1000, Round.DEFAULT_RULE,
                ballot, Phase.RESULTS, null, NOW, false);
    }

    private static List<Proposal> projects() {
        List<Proposal> out = new ArrayList<>();
        long[] costs = {400, 300, 500, 250, 150};
        for (int i = 0; i < costs.length; i++) {
            out.add(new Proposal(100L + i, 7, null, "Project \"" + i + "\";\nnew line", new RenderedText("", ""),
                    costs[i], null, i == 0 ? "Parks" : null, ProposalStatus.FEASIBLE, costs[i], null, NOW, NOW, null));
        }
        return out;
    }

    private static List<CastBallot> ballots(BallotKind kind, int n) {
        Random random = new Random(42);
        List<CastBallot> out = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            List<Long> chosen = new ArrayList<>();
            List<Integer> points = new ArrayList<>();
            for (long p = 100; p < 105; p++) {
                if (random.nextInt(3) == 0 || (chosen.isEmpty() && p == 104)) {
                    chosen.add(p);
                    points.add(1);
                }
            }
            if (kind == BallotKind.KNAPSACK) {
                chosen = chosen.subList(0, Math.min(2, chosen.size()));
            }
            out.add(new CastBallot(String.format("v%04d", v), new BallotChoice(chosen,
                    kind == BallotKind.CUMULATIVE ? points.subList(0, chosen.size()) : null), Channel.ONLINE, NOW));
        }
        return out;
    }

    @Test
    void everyBallotKindIsPublishedAsAFileThatPabulibsOwnRulesFindValid() {
        for (BallotKind kind : BallotKind.values()) {
            BallotRules rules = BallotRules.of(kind, null, kind == BallotKind.APPROVAL ? 5 : null,
                    kind == BallotKind.CUMULATIVE ? 5 : null);
            String file = PabulibExport.write(round(rules), "Riverside", projects(), ballots(kind, 300), DAY, DAY);
            assertThat(Validator.validate(new StringReader(file))).as(kind + "\n" + file.substring(0, 600)).isEmpty();
            assertThat(file).contains("vote_type;" + kind.pabulibVoteType(), "num_votes;300", "num_projects;5",
                    "date_begin;01.05.2026", "currency;GBP");
        }
    }

    /** Two thirds back three dear projects, a third one cheap one: greedy serves only the many. */
    private static List<CastBallot> skewed() {
        List<CastBallot> out = new ArrayList<>();
        for (int v = 0; v < 300; v++) {
            List<Long> chosen = v < 200 ? List.of(100L, 101L, 103L) : List.of(104L);
            out.add(new CastBallot(String.format("v%04d", v), BallotChoice.of(chosen), Channel.ONLINE, NOW));
        }
        return out;
    }

    @Test
    void theEngineCountsThePublishedFileAndEqualSharesDiffersFromGreedyOnSkewedVotes() {
        String file = PabulibExport.write(round(BallotRules.of(BallotKind.APPROVAL, null, null, null)), "Riverside",
                projects(), skewed(), DAY, DAY);
        EngineCount.Count shares = EngineCount.count(file, "equalshares/add1");
        EngineCount.Count greedy = EngineCount.count(file, "greedy");
        assertThat(shares.voters()).isEqualTo(300);
        assertThat(shares.spent()).isLessThanOrEqualTo(1000);
        assertThat(greedy.spent()).isLessThanOrEqualTo(1000);
        assertThat(shares.projects()).hasSize(5).allSatisfy(p -> assertThat(p.explanation()).isNotNull());
        assertThat(shares.fundedInOrder()).contains("104");
        assertThat(greedy.fundedInOrder()).doesNotContain("104");
        assertThat(shares.projects().stream().filter(EngineCount.Counted::funded))
                .allSatisfy(p -> assertThat(p.explanation().kind()).isIn("equalshares.funded", "completion.funded"));
        assertThat(shares.projects().stream().filter(p -> !p.funded()))
                .allSatisfy(p -> assertThat(p.explanation().kind()).isIn("equalshares.not-funded", "no-supporters"));
        assertThat(greedy.projects().stream().filter(EngineCount.Counted::funded))
                .allSatisfy(p -> assertThat(p.explanation().kind()).isEqualTo("greedy.funded"));
        assertThat(shares.shares().startingShare()).isEqualByComparingTo("3.33");
        assertThat(shares.fundedInOrder()).as("Equal Shares and greedy differ on these ballots")
                .isNotEqualTo(greedy.fundedInOrder());
    }
}

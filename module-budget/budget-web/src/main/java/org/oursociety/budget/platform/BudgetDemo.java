package org.oursociety.budget.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oursociety.budget.ballot.domain.BallotChoice;
import org.oursociety.budget.ballot.domain.Channel;
import org.oursociety.budget.ballot.infrastructure.BallotStore;
import org.oursociety.budget.delivery.domain.DeliveryStatus;
import org.oursociety.budget.delivery.domain.DeliveryUpdate;
import org.oursociety.budget.delivery.infrastructure.DeliveryStore;
import org.oursociety.budget.proposal.domain.Proposal;
import org.oursociety.budget.proposal.domain.ProposalStatus;
import org.oursociety.budget.proposal.infrastructure.ProposalStore;
import org.oursociety.budget.result.application.ResultService;
import org.oursociety.budget.round.domain.BallotKind;
import org.oursociety.budget.round.domain.BallotRules;
import org.oursociety.budget.round.domain.Phase;
import org.oursociety.budget.round.domain.PhaseDates;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.budget.round.infrastructure.RoundStore;
import org.oursociety.portal.api.privacy.MemberNames;
import org.oursociety.portal.api.text.UserText;

/**
 * The demo's budget (with {@code --demo}, on first start): in Demo Borough, a finished round with a few
 * hundred generated ballots, where a large group backs the dear projects and a smaller one the cheap
 * ones, so Equal Shares and greedy visibly differ; and a round open for voting in which the demo
 * residents (verified in Riverside and Hillcrest, so in the borough too) can vote.
 */
@ApplicationScoped
public class BudgetDemo {

    private static final Logger LOG = Logger.getLogger(BudgetDemo.class.getName());
    private static final String AREA = "demo-borough";

    @Inject
    @ConfigProperty(name = "portal.demo", defaultValue = "false")
    boolean demo;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    ResultService results;

    private final UserText userText = new UserText();

    @Transactional
    public void loadOnFirstStart() {
        RoundStore rounds = new RoundStore(dataSource);
        if (!demo || !rounds.inArea(AREA).isEmpty()) {
            return;
        }
        UUID amira;
        try {
            amira = new MemberNames(dataSource).idOf("amira@demo.oursociety.org").orElse(null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        finishedRound(rounds, amira, now);
        openRound(rounds, amira, now);
        LOG.info("Loaded the budget demo: a finished round with results and a round open for voting in Demo Borough");
    }

    private void finishedRound(RoundStore rounds, UUID author, Instant now) {
        Round round = new Round(null, AREA, null, "Greener streets 2026", userText.render(
                "Residents chose how to spend **£100,000** on greener streets. Counted by the Method of Equal Shares."),
                100_000, Round.DEFAULT_RULE, BallotRules.of(BallotKind.APPROVAL, 1, null, null), Phase.VOTING,
                PhaseDates.NONE, now, false);
        long id = rounds.insert(round, null, now);
        Object[][] projects = {
            {"Riverside park renewal", 45_000L, "Parks"},
            {"Hillcrest sports pitch", 40_000L, "Sport"},
            {"Market square trees", 30_000L, "Trees"},
            {"Cycle lanes on the high street", 35_000L, "Transport"},
            {"Community fridge", 8_000L, "Food"},
            {"Benches for the hill path", 6_000L, "Streets"},
            {"Wildflower verges", 9_000L, "Nature"},
            {"Youth club repairs", 12_000L, "Youth"},
        };
        List<Long> ids = proposals(id, author, projects, now);
        BallotStore ballots = new BallotStore(dataSource);
        Random random = new Random(2026);
        for (int v = 0; v < 360; v++) {
            List<Long> chosen = new ArrayList<>();
            if (v < 230) {
                // The larger group: the four dear projects, most of them.
                for (int p = 0; p < 4; p++) {
                    if (random.nextInt(10) < 8) {
                        chosen.add(ids.get(p));
                    }
                }
            } else {
                // The smaller group: the cheap local projects.
                for (int p = 4; p < 8; p++) {
                    if (random.nextInt(10) < 7) {
                        chosen.add(ids.get(p));
                    }
                }
            }
            if (chosen.isEmpty()) {
                chosen.add(ids.get(v < 230 ? 0 : 4));
            }
            ballots.cast(id, UUID.nameUUIDFromBytes(("demo-voter-" + v).getBytes()), BudgetText.newVoterId(
                    new java.security.SecureRandom()), v % 9 == 0 ? Channel.PAPER : Channel.ONLINE,
                    BallotChoice.of(chosen), now.minus(3, ChronoUnit.DAYS), null);
        }
        // In voting while the ballots go in (the store takes ballots only then), then counted as a move would.
        Round counted = rounds.find(id).orElseThrow();
        counted.advanceTo(Phase.RESULTS, now);
        rounds.savePhase(counted);
        results.count(counted);
        new ProposalStore(dataSource).onBallot(id).stream().findFirst().ifPresent(p -> {
            DeliveryStore delivery = new DeliveryStore(dataSource);
            if (delivery.funded(p.id())) {
                delivery.add(new DeliveryUpdate(0, p.id(), DeliveryStatus.IN_PROGRESS, 40,
                        userText.render("The contractor has started; the first beds are planted."), now), null);
            }
        });
    }

    private void openRound(RoundStore rounds, UUID author, Instant now) {
        Round round = new Round(null, AREA, null, "Safer and kinder streets 2027", userText.render(
                "Choose the projects you want funded, up to **£60,000** in all."), 60_000, Round.DEFAULT_RULE,
                BallotRules.of(BallotKind.KNAPSACK, 1, null, null), Phase.VOTING,
                new PhaseDates(null, null, null, now.plus(30, ChronoUnit.DAYS)), now, false);
        long id = rounds.insert(round, null, now);
        Object[][] projects = {
            {"Lighting on the towpath", 22_000L, "Safety"},
            {"Crossing outside Hillcrest school", 30_000L, "Safety"},
            {"Library opening hours", 15_000L, "Culture"},
            {"Repair café", 5_000L, "Community"},
            {"Planters on Market Street", 7_000L, "Nature"},
            {"Warm space in the winter", 12_000L, "Community"},
        };
        proposals(id, author, projects, now);
    }

    private List<Long> proposals(long roundId, UUID author, Object[][] projects, Instant now) {
        ProposalStore store = new ProposalStore(dataSource);
        List<Long> ids = new ArrayList<>();
        for (Object[] p : projects) {
            long cost = (Long) p[1];
            ids.add(store.insert(new Proposal(null, roundId, author, (String) p[0], userText.render(
                    "A project proposed by residents: **" + p[0] + "**."), cost, null, (String) p[2],
                    ProposalStatus.FEASIBLE, cost, null, now, now, null)));
        }
        return ids;
    }
}

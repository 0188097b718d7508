package org.oursociety.budget.ballot.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oursociety.budget.ballot.domain.BallotChoice;
import org.oursociety.budget.ballot.domain.Channel;
import org.oursociety.budget.round.domain.BallotKind;
import org.oursociety.budget.round.domain.BallotRules;
import org.oursociety.budget.round.domain.Phase;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.budget.round.infrastructure.RoundStore;
import org.oursociety.portal.api.internal.startup.SchemaMigrator;
import org.oursociety.portal.api.testing.TestDatabase;
import org.oursociety.portal.api.text.RenderedText;

/** One ballot per person and round, against real PostgreSQL, with many casts of one person at once. */
class BallotStoreIT {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static TestDatabase db;
    private static DataSource ds;
    private static BallotStore ballots;
    private static long round;

    @BeforeAll
    static void database() {
        db = TestDatabase.create();
        ds = db.dataSource();
        SchemaMigrator.migrate(ds, "budget", BallotStoreIT.class.getClassLoader());
        ballots = new BallotStore(ds);
        round = new RoundStore(ds).insert(new Round(null, "riverside", null, "Spend it", new RenderedText("", ""), 1000,
                Round.DEFAULT_RULE, BallotRules.of(BallotKind.APPROVAL, null, null, null), Phase.VOTING, null, NOW, false),
                null, NOW);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void manyBallotsOfOnePersonAtOnceLeaveOneRowWithOneReceiptAndTheLastChoice() throws Exception {
        UUID voter = UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Optional<String>>> casts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            long project = i;
            casts.add(() -> ballots.cast(round, voter, "r" + project, Channel.ONLINE, BallotChoice.of(List.of(project)),
                    NOW.plusSeconds(project), null));
        }
        List<String> receipts = new ArrayList<>();
        for (Future<Optional<String>> f : pool.invokeAll(casts)) {
            receipts.add(f.get().orElseThrow());
        }
        pool.shutdown();
        assertThat(receipts).as("every cast is acknowledged with the first ballot's receipt").containsOnly(receipts.get(0));
        assertThat(rows(voter)).isEqualTo(1);
        assertThat(ballots.of(round, voter).orElseThrow().voterId()).isEqualTo(receipts.get(0));
    }

    @Test
    void aBallotNeverReplacesOneThatCameByTheOtherChannel() {
        UUID online = UUID.randomUUID();
        UUID paper = UUID.randomUUID();
        assertThat(ballots.castReplacing(round, online, "on1", Channel.ONLINE, BallotChoice.of(List.of(1L)), NOW, null))
                .contains(new BallotStore.Cast("on1", false, null));
        assertThat(ballots.castReplacing(round, online, "on2", Channel.ONLINE, BallotChoice.of(List.of(1L)), NOW, null))
                .as("a changed ballot keeps its receipt and says when the one it replaced was cast")
                .contains(new BallotStore.Cast("on1", true, NOW));
        assertThat(ballots.cast(round, online, "x", Channel.PAPER, BallotChoice.of(List.of(2L)), NOW, null)).isEmpty();
        assertThat(ballots.cast(round, paper, "pa1", Channel.PAPER, BallotChoice.of(List.of(1L)), NOW, null)).contains("pa1");
        assertThat(ballots.cast(round, paper, "y", Channel.ONLINE, BallotChoice.of(List.of(2L)), NOW, null)).isEmpty();
        assertThat(ballots.cast(round, paper, "z", Channel.PAPER, BallotChoice.of(List.of(2L)), NOW, null)).isEmpty();
        assertThat(ballots.of(round, online).orElseThrow().choice().projects()).containsExactly(1L);
        assertThat(ballots.of(round, paper).orElseThrow().channel()).isEqualTo(Channel.PAPER);
        assertThat(ballots.of(round, paper).orElseThrow().choice().projects()).containsExactly(1L);
    }

    private static long rows(UUID voter) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from budget.ballot where user_id = '" + voter + "'")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void aRoundNoLongerInVotingTakesNoBallot() {
        RoundStore rounds = new RoundStore(ds);
        long counted = approvalRound(rounds, "Counted", Phase.RESULTS);
        UUID voter = UUID.randomUUID();
        assertThat(ballots.castReplacing(counted, voter, "late", Channel.ONLINE, BallotChoice.of(List.of(1L)), NOW, null))
                .isEmpty();
        assertThat(ballots.of(counted, voter)).isEmpty();
        assertThat(rounds.shareForBallot(counted).orElseThrow().round().phase()).isEqualTo(Phase.RESULTS);
    }

    @Test
    void aRoundSaysWhetherItHoldsPaperBallotsSoThatOnlyThenVotersCodesAreRead() {
        RoundStore rounds = new RoundStore(ds);
        long fresh = approvalRound(rounds, "Fresh", Phase.VOTING);
        ballots.cast(fresh, UUID.randomUUID(), "on", Channel.ONLINE, BallotChoice.of(List.of(1L)), NOW, null);
        assertThat(rounds.shareForBallot(fresh).orElseThrow().paperBallots()).isFalse();
        ballots.cast(fresh, UUID.randomUUID(), "pa", Channel.PAPER, BallotChoice.of(List.of(1L)), NOW, null);
        assertThat(rounds.shareForBallot(fresh).orElseThrow().paperBallots()).isTrue();
    }

    /**
     * The race between closing and voting: residents keep voting, each ballot in its own transaction as in the
     * portal, while the round moves to results and its ballots are counted in the mover's transaction. Every
     * ballot acknowledged must be among those counted, and none may be stored after the count; the ballots
     * that came too late, many of them waiting on the round's lock while it closed, are refused.
     */
    @Test
    void noBallotIsStoredAfterVotingClosesWhileResidentsKeepVoting() throws Exception {
        RoundStore rounds = new RoundStore(ds);
        long closing = approvalRound(rounds, "Closing", Phase.VOTING);
        ExecutorService pool = Executors.newFixedThreadPool(17);
        java.util.Set<UUID> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.CountDownLatch enoughCast = new java.util.concurrent.CountDownLatch(200);
        List<Future<?>> voters = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            voters.add(pool.submit(() -> {
                while (true) {
                    boolean afterClose = closed.get();
                    UUID voter = UUID.randomUUID();
                    boolean stored = inOneTransaction(tx -> new RoundStore(tx).shareForBallot(closing).isPresent()
                            && new BallotStore(tx).castReplacing(closing, voter, voter.toString(), Channel.ONLINE,
                            BallotChoice.of(List.of(1L)), NOW, null).isPresent());
                    if (!stored) {
                        refused.incrementAndGet();
                        return null;
                    }
                    acknowledged.add(voter);
                    enoughCast.countDown();
                    if (afterClose) {
                        return null; // taken after the close: wrong, and the assertions below say so
                    }
                }
            }));
        }
        enoughCast.await();
        long countedAtClose = pool.submit(() -> inOneTransaction(tx -> {
            RoundStore store = new RoundStore(tx);
            Round round = store.lock(closing).orElseThrow();
            long counted = count(tx, closing);
            round.advanceTo(Phase.RESULTS, NOW);
            store.savePhase(round);
            Thread.sleep(300); // ballots pile up behind the round's lock meanwhile
            return counted;
        })).get();
        closed.set(true);
        for (Future<?> f : voters) {
            f.get();
        }
        pool.shutdown();
        assertThat(refused.get()).as("every voter's last try came after the close").isEqualTo(16);
        assertThat(count(ds, closing)).as("nothing stored after the count").isEqualTo(countedAtClose);
        assertThat(countedAtClose).as("every acknowledged ballot counted").isEqualTo(acknowledged.size());
    }

    private static long approvalRound(RoundStore rounds, String title, Phase phase) {
        return rounds.insert(new Round(null, "riverside", null, title, new RenderedText("", ""), 1000, Round.DEFAULT_RULE,
                BallotRules.of(BallotKind.APPROVAL, null, null, null), phase, null, NOW, false), null, NOW);
    }

    /** Runs {@code work} in one transaction on one connection, as the container does for a service call. */
    private static <T> T inOneTransaction(Work<T> work) throws Exception {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(new OneConnection(c));
                c.commit();
                return result;
            } catch (Exception | Error e) {
                c.rollback();
                throw e;
            }
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(DataSource tx) throws Exception;
    }

    private static long count(DataSource source, long roundId) throws Exception {
        try (Connection c = source.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from budget.ballot where round_id = " + roundId)) {
            r.next();
            return r.getLong(1);
        }
    }
}

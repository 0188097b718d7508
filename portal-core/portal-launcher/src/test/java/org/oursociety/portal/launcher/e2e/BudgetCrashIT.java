package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A {@code kill -9} of the portal in the middle of voting: every ballot the portal acknowledged is
 * stored after the restart, nothing is stored twice. Its own portal on its own data directory, since it
 * is killed. The launcher and Payara get SIGKILL (no shutdown hook runs); the embedded PostgreSQL is
 * left to the next launcher, which clears what the dead one left behind.
 */
class BudgetCrashIT {

    private static final int VOTERS = 12;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What one voter sent: the ballot, and whether the portal acknowledged it (200) or never answered. */
    private record Attempt(Set<Long> projects, boolean acknowledged) {
    }

    @Test
    void aKilledPortalLosesNoAcknowledgedBallotAndDuplicatesNone() throws Exception {
        Path dataDir = Path.of("target", "e2e-budget-crash").toAbsolutePath();
        SharedPortal.deleteRecursively(dataDir);
        int port;
        long round;
        List<String> emails = new ArrayList<>();
        Map<Integer, List<Attempt>> attempts = new HashMap<>();
        try (RunningPortal portal = RunningPortal.start(dataDir)) {
            port = portal.port();
            BudgetWard ward = new BudgetWard(portal);
            round = ward.round("{\"kind\":\"approval\",\"max\":3}", 100_000);
            ward.moveTo(round, "proposals");
            List<Long> projects = new ArrayList<>();
            for (int p = 0; p < 5; p++) {
                projects.add(ward.propose(round, ward.admin, "Project " + p, 10_000 + p * 1_000));
            }
            ward.moveTo(round, "review");
            ward.feasible(projects.stream().mapToLong(Long::longValue).toArray());
            ward.moveTo(round, "voting");
            List<String[]> voters = new ArrayList<>();
            for (int v = 0; v < VOTERS; v++) {
                String[] resident = ward.resident("Crash voter " + v);
                voters.add(resident);
                emails.add(resident[2]);
                attempts.put(v, new ArrayList<>());
            }

            AtomicInteger acknowledged = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(VOTERS);
            List<Future<?>> running = new ArrayList<>();
            for (int v = 0; v < VOTERS; v++) {
                int voter = v;
                running.add(pool.submit(() -> vote(portal, round, projects, voters.get(voter), attempts.get(voter),
                        acknowledged)));
            }
            Await.until(Duration.ofMinutes(3), "60 acknowledged ballots", () -> acknowledged.get() >= 60);
            List<ProcessHandle> killed = new ArrayList<>(portal.process().descendants().toList());
            killed.add(portal.process().toHandle());
            killed.forEach(ProcessHandle::destroyForcibly);
            for (Future<?> f : running) {
                f.get();
            }
            pool.shutdown();
            assertThat(portal.process().waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }

        try (RunningPortal again = RunningPortal.start(dataDir, port);
             Connection db = again.database();
             PreparedStatement rows = db.prepareStatement("select u.email, b.projects, b.voter_id from budget.ballot b"
                     + " join core.user_account u on u.id = b.user_id where b.round_id = ?")) {
            rows.setLong(1, round);
            Map<String, List<Set<Long>>> stored = new HashMap<>();
            Set<String> receipts = new HashSet<>();
            int count = 0;
            try (ResultSet r = rows.executeQuery()) {
                while (r.next()) {
                    count++;
                    Set<Long> projects = new TreeSet<>();
                    for (Object o : (Object[]) r.getArray(2).getArray()) {
                        projects.add(((Number) o).longValue());
                    }
                    stored.computeIfAbsent(r.getString(1), e -> new ArrayList<>()).add(projects);
                    receipts.add(r.getString(3));
                }
            }
            assertThat(receipts).as("one receipt per stored ballot").hasSize(count);
            for (int v = 0; v < VOTERS; v++) {
                List<Attempt> sent = attempts.get(v);
                int last = lastAcknowledged(sent);
                List<Set<Long>> rowsOfVoter = stored.getOrDefault(emails.get(v), List.of());
                if (last < 0) {
                    assertThat(rowsOfVoter).as("voter " + v + " never acknowledged: at most one ballot").hasSizeLessThan(2);
                    continue;
                }
                assertThat(rowsOfVoter).as("voter " + v + ": one stored ballot").hasSize(1);
                // The last acknowledged ballot, or one sent after it that the kill left unanswered.
                List<Set<Long>> allowed = new ArrayList<>();
                allowed.add(sent.get(last).projects());
                sent.subList(last + 1, sent.size()).stream().filter(a -> !a.acknowledged())
                        .forEach(a -> allowed.add(a.projects()));
                assertThat(allowed).as("voter " + v + ": the stored ballot is the last acknowledged one")
                        .contains(rowsOfVoter.get(0));
            }
        }
    }

    /** Casts changing ballots until the portal stops answering. */
    private static Void vote(RunningPortal portal, long round, List<Long> projects, String[] voter, List<Attempt> sent,
                             AtomicInteger acknowledged) {
        Random random = new Random(voter[2].hashCode());
        while (true) {
            Set<Long> chosen = new TreeSet<>();
            for (Long p : projects) {
                if (random.nextBoolean() && chosen.size() < 3) {
                    chosen.add(p);
                }
            }
            if (chosen.isEmpty()) {
                chosen.add(projects.get(random.nextInt(projects.size())));
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(portal.url("/budget/api/rounds/" + round + "/ballot")))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json").header(voter[0], voter[1])
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"projects\":" + chosen + "}")).build();
            try {
                HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    // Refused while the portal is still up: nothing stored, so it is not a candidate either.
                    throw new AssertionError("ballot refused: " + response.statusCode() + " " + response.body());
                }
                sent.add(new Attempt(chosen, true));
                acknowledged.incrementAndGet();
            } catch (java.io.IOException e) {
                // The portal died with this ballot in flight: it may or may not have been stored.
                sent.add(new Attempt(chosen, false));
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    private static int lastAcknowledged(List<Attempt> sent) {
        for (int i = sent.size() - 1; i >= 0; i--) {
            if (sent.get(i).acknowledged()) {
                return i;
            }
        }
        return -1;
    }
}

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The budget's benchmarks against a running portal (started by bench/budget-*.sh):
 * {@code ballots PORT DATA_DIR [VOTERS] [SECONDS]} and {@code results PORT DATA_DIR [BALLOTS] [PROJECTS]}.
 * Set-up (accounts, verified residences, bulk ballots) goes straight into the portal's database;
 * what is measured goes through the API and the pages.
 */
public class BudgetBench {

    static final String ADMIN = "bench.admin@example.org";
    static final String PASSWORD = "bench-admin-password-2026";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static String base;

    public static void main(String[] args) throws Exception {
        base = "http://localhost:" + args[1];
        Path data = Path.of(args[2]);
        try (Connection db = database(data)) {
            if (args[0].equals("ballots")) {
                ballots(db, data, args.length > 3 ? Integer.parseInt(args[3]) : 640, args.length > 4 ? Integer.parseInt(args[4]) : 20);
            } else {
                results(db, args.length > 3 ? Integer.parseInt(args[3]) : 100_000, args.length > 4 ? Integer.parseInt(args[4]) : 150);
            }
        }
    }

    static Connection database(Path data) throws Exception {
        List<String> pid = Files.readAllLines(data.resolve("postgres/postmaster.pid"));
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).trim() + "/portal", "postgres", "");
    }

    /** 32 voters at a time cast and change ballots for {@code seconds}; every acknowledged ballot must be the one stored. */
    static void ballots(Connection db, Path data, int voters, int seconds) throws Exception {
        String admin = token(ADMIN, PASSWORD);
        String slug = "bench-" + UUID.randomUUID().toString().substring(0, 6);
        send("POST", "/api/areas", "{\"slug\":\"" + slug + "\",\"name\":\"Bench Ward\",\"type\":\"ward\",\"parent\":\"demo-borough\",\"postcodes\":[\"BN1\"]}", admin, 201);
        waitFor("/budget/api/areas/" + slug + "/rounds");
        long round = id(send("POST", "/budget/api/areas/" + slug + "/rounds", "{\"title\":\"Bench round\",\"budget\":100000,\"ballot\":{\"kind\":\"approval\",\"max\":5}}", admin, 201));
        send("PUT", "/budget/api/rounds/" + round + "/phase", "{\"phase\":\"proposals\"}", admin, 200);
        List<Long> projects = new ArrayList<>();
        for (int p = 0; p < 10; p++) {
            projects.add(id(send("POST", "/budget/api/rounds/" + round + "/proposals", "{\"title\":\"Project " + p + "\",\"description\":\"x\",\"cost\":" + (5000 + p * 1000) + "}", admin, 201)));
        }
        send("PUT", "/budget/api/rounds/" + round + "/phase", "{\"phase\":\"review\"}", admin, 200);
        for (long p : projects) {
            send("PUT", "/budget/api/proposals/" + p + "/review", "{\"feasible\":true}", admin, 200);
        }
        send("PUT", "/budget/api/rounds/" + round + "/phase", "{\"phase\":\"voting\"}", admin, 200);
        System.out.println("signing in " + voters + " residents...");
        List<String> emails = residents(db, slug, voters);
        List<String> tokens = new ArrayList<>(java.util.Collections.nCopies(voters, ""));
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<?>> signIns = new ArrayList<>();
        for (int i = 0; i < voters; i++) {
            int v = i;
            signIns.add(pool.submit(() -> tokens.set(v, token(emails.get(v), "demo-resident-2026"))));
        }
        for (Future<?> f : signIns) {
            f.get();
        }
        Map<Integer, String> lastAcknowledged = new ConcurrentHashMap<>();
        // A vote lasts days: what counts is how fast a warm portal takes ballots, not how fast Payara compiles its
        // request path. The warm-up's ballots are stored and checked like the others but not counted.
        int warmUp = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP_SECONDS", "10"));
        if (warmUp > 0) {
            long[] w = vote(pool, warmUp, voters, round, projects, tokens, lastAcknowledged);
            System.out.printf("warm-up: %d ballots in %d s (not counted)%n", w[0], warmUp);
        }
        Costs.resetStatements(db);
        Costs before = Costs.now(db, data);
        long start = System.nanoTime();
        long[] counted = vote(pool, seconds, voters, round, projects, tokens, lastAcknowledged);
        AtomicLong acknowledged = new AtomicLong(counted[0]);
        AtomicLong failed = new AtomicLong(counted[1]);
        double elapsed = (System.nanoTime() - start) / 1e9;
        Costs after = Costs.now(db, data);
        pool.shutdown();
        // Each voter's row must be their last acknowledged ballot, and there must be one row per voter who voted.
        int rows = 0;
        int mismatched = 0;
        try (PreparedStatement s = db.prepareStatement("select u.email, b.projects::text from budget.ballot b join core.user_account u on u.id = b.user_id where b.round_id = ?")) {
            s.setLong(1, round);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows++;
                    int v = emails.indexOf(r.getString(1));
                    String stored = "[" + r.getString(2).replace("{", "").replace("}", "") + "]";
                    if (!stored.equals(lastAcknowledged.get(v))) {
                        mismatched++;
                    }
                }
            }
        }
        System.out.printf("ballots acknowledged: %d in %.1f s with 32 concurrent voters = %.0f ballots/s (refused or failed: %d)%n",
                acknowledged.get(), elapsed, acknowledged.get() / elapsed, failed.get());
        System.out.printf("stored: %d rows for %d voters who voted; rows differing from the voter's last acknowledged ballot: %d%n",
                rows, lastAcknowledged.size(), mismatched);
        System.out.println(rows == lastAcknowledged.size() && mismatched == 0 ? "every acknowledged ballot stored once: yes" : "every acknowledged ballot stored once: NO");
        after.printPerBallot(before, acknowledged.get() + failed.get(), elapsed);
        Costs.printStatements(db, acknowledged.get() + failed.get());
    }

    /** 32 voters at a time cast ballots for {@code seconds}; returns {acknowledged, refused or failed}. */
    static long[] vote(ExecutorService pool, int seconds, int voters, long round, List<Long> projects, List<String> tokens,
                       Map<Integer, String> lastAcknowledged) throws Exception {
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 32; t++) {
            int thread = t;
            workers.add(pool.submit(() -> {
                Random random = new Random(thread + 32L * seconds);
                while (System.nanoTime() < deadline) {
                    int v = thread + 32 * random.nextInt(voters / 32);
                    List<Long> chosen = new ArrayList<>();
                    for (long p : projects) {
                        if (random.nextInt(3) == 0 && chosen.size() < 5) {
                            chosen.add(p);
                        }
                    }
                    if (chosen.isEmpty()) {
                        chosen.add(projects.get(0));
                    }
                    String body = "{\"projects\":" + chosen + "}";
                    try {
                        HttpResponse<String> r = HTTP.send(request("PUT", "/budget/api/rounds/" + round + "/ballot", body, tokens.get(v)), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200) {
                            acknowledged.incrementAndGet();
                            lastAcknowledged.put(v, chosen.toString().replace(" ", ""));
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get();
        }
        return new long[]{acknowledged.get(), failed.get()};
    }

    /** Counting 100,000 ballots on 150 projects under equalshares/add1 and showing the results page. */
    static void results(Connection db, int ballots, int projectCount) throws Exception {
        String admin = token(ADMIN, PASSWORD);
        long round = id(send("POST", "/budget/api/areas/demo-borough/rounds", "{\"title\":\"Bench count\",\"budget\":1000000,\"rule\":\"equalshares/add1\",\"ballot\":{\"kind\":\"approval\"}}", admin, 201));
        send("PUT", "/budget/api/rounds/" + round + "/phase", "{\"phase\":\"proposals\"}", admin, 200);
        Random random = new Random(150);
        List<Long> projects = new ArrayList<>();
        for (int p = 0; p < projectCount; p++) {
            projects.add(id(send("POST", "/budget/api/rounds/" + round + "/proposals", "{\"title\":\"Project " + p + "\",\"description\":\"x\",\"cost\":" + (10_000 + random.nextInt(90_000)) + "}", admin, 201)));
        }
        send("PUT", "/budget/api/rounds/" + round + "/phase", "{\"phase\":\"review\"}", admin, 200);
        for (long p : projects) {
            send("PUT", "/budget/api/proposals/" + p + "/review", "{\"feasible\":true}", admin, 200);
        }
        send("PUT", "/budget/api/rounds/" + round + "/phase", "{\"phase\":\"voting\"}", admin, 200);
        System.out.println("inserting " + ballots + " ballots...");
        db.setAutoCommit(false);
        try (PreparedStatement s = db.prepareStatement("insert into budget.ballot (round_id, user_id, voter_id, channel, projects, cast_at) values (?, ?, ?, 'online', ?, now())")) {
            for (int v = 0; v < ballots; v++) {
                // Popularity falls with the project's number, as in real elections.
                List<Long> chosen = new ArrayList<>();
                int size = 1 + random.nextInt(8);
                while (chosen.size() < size) {
                    long p = projects.get((int) Math.min(projectCount - 1, Math.abs(random.nextGaussian()) * projectCount / 3));
                    if (!chosen.contains(p)) {
                        chosen.add(p);
                    }
                }
                s.setLong(1, round);
                s.setObject(2, UUID.randomUUID());
                s.setString(3, "b" + v);
                s.setArray(4, db.createArrayOf("bigint", chosen.toArray()));
                s.addBatch();
                if (v % 5000 == 4999) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        db.commit();
        long start = System.nanoTime();
        send("PUT", "/budget/api/rounds/" + round + "/phase", "{\"phase\":\"results\"}", admin, 200);
        double counted = (System.nanoTime() - start) / 1e9;
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/budget/demo-borough/results.xhtml?id=" + round)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        double total = (System.nanoTime() - start) / 1e9;
        if (page.statusCode() != 200 || !page.body().contains("results-table")) {
            throw new IllegalStateException("results page: " + page.statusCode());
        }
        System.out.printf("%d ballots on %d projects under equalshares/add1: counted and stored in %.2f s, results page shown after %.2f s in all (goal: under 5 s)%n",
                ballots, projectCount, counted, total);
    }

    static List<String> residents(Connection db, String slug, int n) throws Exception {
        List<String> emails = new ArrayList<>();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            for (int i = 0; i < n; i++) {
                String email = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
                emails.add(email);
                s.addBatch("insert into core.user_account (id, email, display_name, password_hash, confirmed) select gen_random_uuid(), '"
                        + email + "', 'Bench voter', password_hash, true from core.user_account where email = 'amira@demo.oursociety.org'");
                s.addBatch("insert into core.residence (id, user_id, area_id, area_type, postcode, status, method, claimed_at, decided_at)"
                        + " select gen_random_uuid(), u.id, a.id, 'ward', 'BN1 1AA', 'verified', 'postcode', now(), now()"
                        + " from core.user_account u, core.area a where u.email = '" + email + "' and a.slug = '" + slug + "'");
            }
            s.executeBatch();
        }
        return emails;
    }

    static String token(String email, String password) throws Exception {
        HttpResponse<String> r = HTTP.send(request("POST", "/api/session", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("sign-in of " + email + ": " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    static HttpRequest request(String method, String path, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    static String send(String method, String path, String body, String token, int expected) throws Exception {
        HttpResponse<String> r = HTTP.send(request(method, path, body, token), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static long id(String json) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    static void waitFor(String path) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("never answered: " + path);
    }

    /**
     * What the voting window cost, read before and after it: commits and WAL flushes from PostgreSQL's
     * statistics, CPU time of Payara, of PostgreSQL's processes and of this client from the kernel. Per
     * ballot, these say more than ballots per second on a shared machine.
     */
    record Costs(long commits, long walRecords, long walSyncs, long payaraCpuMs, long postgresCpuMs, long clientCpuMs,
                 Map<String, Long> payaraThreadsMs) {

        static Costs now(Connection db, Path data) throws Exception {
            long commits;
            long walRecords;
            long walSyncs;
            try (Statement s = db.createStatement();
                 ResultSet r = s.executeQuery("select (select xact_commit from pg_stat_database where datname = current_database()),"
                         + " wal_records, wal_sync from pg_stat_wal")) {
                r.next();
                commits = r.getLong(1);
                walRecords = r.getLong(2);
                walSyncs = r.getLong(3);
            }
            long payara = Long.parseLong(Files.readString(data.resolve("run/payara.pid")).trim());
            long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).trim());
            long postgres = cpuMs(postmaster);
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path p : (Iterable<Path>) procs::iterator) {
                    String name = p.getFileName().toString();
                    if (name.chars().allMatch(Character::isDigit) && parent(Long.parseLong(name)) == postmaster) {
                        postgres += cpuMs(Long.parseLong(name));
                    }
                }
            }
            long client = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
            return new Costs(commits, walRecords, walSyncs, cpuMs(payara), postgres, client, threadsMs(payara));
        }

        /** Payara's CPU by kind of thread (request threads, JIT compilers, GC), numbers in names folded. */
        private static Map<String, Long> threadsMs(long pid) throws Exception {
            Map<String, Long> byKind = new java.util.TreeMap<>();
            try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
                for (Path t : (Iterable<Path>) tasks::iterator) {
                    try {
                        String stat = Files.readString(t.resolve("stat"));
                        String kind = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+", "N");
                        byKind.merge(kind, cpuMs(pid, Long.parseLong(t.getFileName().toString())), Long::sum);
                    } catch (java.io.IOException e) {
                        // the thread has ended
                    }
                }
            }
            return byKind;
        }

        void printPerBallot(Costs before, long ballots, double seconds) {
            double n = Math.max(1, ballots);
            System.out.printf("per ballot (%d answered): %.2f commits, %.2f WAL flushes (fsync), %.1f WAL records;"
                            + " CPU ms: Payara %.2f, PostgreSQL %.2f, this client %.2f (%.0f%% of 2 cores busy)%n",
                    ballots, (commits - before.commits) / n, (walSyncs - before.walSyncs) / n,
                    (walRecords - before.walRecords) / n, (payaraCpuMs - before.payaraCpuMs) / n,
                    (postgresCpuMs - before.postgresCpuMs) / n, (clientCpuMs - before.clientCpuMs) / n,
                    100.0 * ((payaraCpuMs - before.payaraCpuMs) + (postgresCpuMs - before.postgresCpuMs)
                            + (clientCpuMs - before.clientCpuMs)) / (seconds * 2000));
            StringBuilder threads = new StringBuilder("Payara's CPU ms per ballot by thread:");
            payaraThreadsMs.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - before.payaraThreadsMs.getOrDefault(e.getKey(), 0L)))
                    .filter(e -> e.getValue() / n >= 0.05)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> threads.append(String.format(" %s %.2f;", e.getKey(), e.getValue() / n)));
            System.out.println(threads);
        }

        static void resetStatements(Connection db) {
            try (Statement s = db.createStatement()) {
                s.execute("select pg_stat_statements_reset()");
            } catch (java.sql.SQLException e) {
                // not loaded: printStatements says so
            }
        }

        /** The statements PostgreSQL ran per ballot, when pg_stat_statements is loaded (budget-portal.sh with BENCH_PG_STATEMENTS=1). */
        static void printStatements(Connection db, long ballots) throws Exception {
            try (Statement s = db.createStatement();
                 ResultSet r = s.executeQuery("select calls, mean_exec_time, query from pg_stat_statements"
                         + " where calls >= " + Math.max(1, ballots / 50) + " order by calls desc limit 15")) {
                System.out.println("statements per ballot (calls, mean ms, query):");
                while (r.next()) {
                    String query = r.getString(3).replaceAll("\\s+", " ");
                    System.out.printf("  %5.2f  %6.3f  %s%n", r.getLong(1) / (double) Math.max(1, ballots), r.getDouble(2),
                            query.substring(0, Math.min(150, query.length())));
                }
            } catch (java.sql.SQLException e) {
                System.out.println("statements per ballot: not measured (start with BENCH_PG_STATEMENTS=1)");
            }
        }

        private static long cpuMs(long pid) {
            return ticksMs(Path.of("/proc/" + pid + "/stat"));
        }

        private static long cpuMs(long pid, long thread) {
            return ticksMs(Path.of("/proc/" + pid + "/task/" + thread + "/stat"));
        }

        private static long ticksMs(Path statFile) {
            try {
                String stat = Files.readString(statFile);
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // utime + stime, 100 ticks a second
            } catch (Exception e) {
                return 0; // the process has gone
            }
        }

        private static long parent(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
            } catch (Exception e) {
                return -1;
            }
        }
    }
}

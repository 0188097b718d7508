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
                ballots(db, args.length > 3 ? Integer.parseInt(args[3]) : 640, args.length > 4 ? Integer.parseInt(args[4]) : 20);
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
    static void ballots(Connection db, int voters, int seconds) throws Exception {
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
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 32; t++) {
            int thread = t;
            workers.add(pool.submit(() -> {
                Random random = new Random(thread);
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
        double elapsed = (System.nanoTime() - start) / 1e9;
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
}

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The directory's benchmark (bench/directory.sh): plain JDK, no build needed. */
public class DirectoryBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String[] WORDS = {"advice", "food", "youth", "garden", "carers", "choir", "lunch", "repair", "walks",
            "library", "boxing", "pantry", "english", "transport", "support"};
    static final String[] CATEGORIES = {"food", "advice", "young-people", "older-people", "health", "learning",
            "social", "sport", "environment", "carers"};

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = signIn(base, args[1], args[2]);
        Random random = new Random(11);
        List<String> terms = termIds(base);
        Path urls = Path.of(args[4]);
        String area = args.length > 5 ? args[5] : load(base, token, args[3], random, terms);
        Files.write(urls, searches(area, random, terms));
        paging(base, area);
    }

    /** A new area with the official example x100 and 10,000 services at 12,000 locations; returns its slug. */
    static String load(String base, String token, String examplePath, Random random, List<String> terms) throws Exception {
        String area = "bench-" + UUID.randomUUID().toString().substring(0, 6);
        post(base + "/api/areas", "{\"slug\":\"" + area + "\",\"name\":\"Bench Ward\",\"type\":\"ward\",\"parent\":\"demo-borough\"}", token);
        Thread.sleep(3000); // the new area reaches the directory WAR within 2 s
        System.out.println("area: " + area + " (give it as the 4th argument to measure again without loading)");

        // 1. the official example, 100 times over as distinct records (new ids each time)
        String example = Files.readString(Path.of(examplePath));
        long started = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            String copy = reId(example);
            check(post(base + "/directory/api/areas/" + area + "/import", copy, token), "example import");
        }
        System.out.printf("import of the official example x100 (distinct records): %.1f s%n", seconds(started));

        // 2. 10,000 services at 12,000 locations: 2,500 organisations, in 50 requests of 50
        started = System.nanoTime();
        for (int batch = 0; batch < 50; batch++) {
            StringBuilder json = new StringBuilder("[");
            for (int o = 0; o < 50; o++) {
                json.append(o == 0 ? "" : ",").append(organisation(random, terms, batch * 50 + o));
            }
            check(post(base + "/directory/api/areas/" + area + "/import", json.append(']').toString(), token), "bulk import");
        }
        System.out.printf("import of 10,000 services at 12,000 locations: %.1f s%n", seconds(started));
        return area;
    }

    /**
     * 3. The searches to measure, one path a line, for wrk (bench/directory.sh): words + category + distance from a
     * postcode, 4,000 of them drawn from 15 words, 10 categories and 9 postcodes.
     */
    static List<String> searches(String area, Random random, List<String> terms) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            paths.add("/directory/api/hsds/services?area=" + area + "&search=" + WORDS[random.nextInt(WORDS.length)]
                    + "&taxonomy_term_id=" + terms.get(random.nextInt(terms.size())) + "&postcode="
                    + URLEncoder.encode("DM1 " + (1 + random.nextInt(9)) + "AB", StandardCharsets.UTF_8) + "&proximity=3000");
        }
        return paths;
    }

    /** 4. /services?page=N through the whole set: no page slower than the first by much. */
    static void paging(String base, String area) throws Exception {
        String first = get(base + "/directory/api/hsds/services?area=" + area + "&per_page=50&page=1").body();
        int pages = Integer.parseInt(match(first, "\"total_pages\":(\\d+)"));
        long[] pageTimes = new long[pages];
        long started = System.nanoTime();
        for (int p = 1; p <= pages; p++) {
            long t = System.nanoTime();
            check(get(base + "/directory/api/hsds/services?area=" + area + "&per_page=50&page=" + p), "page");
            pageTimes[p - 1] = System.nanoTime() - t;
        }
        System.out.printf("paging through %d pages of 50: %.1f s; page 1 %.1f ms, page %d %.1f ms, page %d %.1f ms%n",
                pages, seconds(started), pageTimes[0] / 1e6, pages / 2, pageTimes[pages / 2 - 1] / 1e6, pages,
                pageTimes[pages - 1] / 1e6);
    }

    static String organisation(Random random, List<String> terms, int n) {
        String org = UUID.randomUUID().toString();
        StringBuilder json = new StringBuilder("{\"id\":\"" + org + "\",\"name\":\"Bench group " + n
                + "\",\"description\":\"A community group for " + WORDS[n % WORDS.length] + ".\",\"website\":\"https://g"
                + n + ".example\",\"locations\":[");
        List<String> locations = new ArrayList<>();
        int places = n % 5 == 0 ? 4 : 5; // 4.8 an organisation on average: 12,000 in all
        for (int l = 0; l < places; l++) {
            String id = UUID.randomUUID().toString();
            locations.add(id);
            double lat = 52.40 + random.nextGaussian() * 0.02;
            double lon = -1.52 + random.nextGaussian() * 0.03;
            json.append(l == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"location_type\":\"physical\",\"name\":\"Hall ")
                    .append(n).append("\",\"latitude\":").append(lat).append(",\"longitude\":").append(lon).append("}");
        }
        json.append("],\"services\":[");
        for (int s = 0; s < 4; s++) { // 4 an organisation: 10,000 in all, each at one or two of its places
            String word = WORDS[random.nextInt(WORDS.length)];
            json.append(s == 0 ? "" : ",").append("{\"id\":\"").append(UUID.randomUUID()).append("\",\"name\":\"")
                    .append(word).append(" session ").append(n).append('-').append(s).append("\",\"description\":\"")
                    .append("Weekly ").append(word).append(" for everyone.\",\"status\":\"active\",\"attributes\":[{\"id\":\"")
                    .append(UUID.randomUUID()).append("\",\"taxonomy_term_id\":\"").append(terms.get(random.nextInt(terms.size())))
                    .append("\"}],\"schedules\":[{\"id\":\"").append(UUID.randomUUID())
                    .append("\",\"freq\":\"WEEKLY\",\"byday\":\"MO,TH\",\"opens_at\":\"10:00\",\"closes_at\":\"16:00\"}],")
                    .append("\"service_at_locations\":[");
            for (int l = s; l < locations.size(); l += 4) { // every place is used: 12,000 services-at-locations
                json.append(l == s ? "" : ",").append("{\"id\":\"").append(UUID.randomUUID())
                        .append("\",\"location_id\":\"").append(locations.get(l)).append("\"}");
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }

    static List<String> termIds(String base) throws Exception {
        String body = get(base + "/directory/api/hsds/taxonomy_terms?per_page=500").body();
        List<String> ids = new ArrayList<>();
        for (String code : CATEGORIES) {
            Matcher m = Pattern.compile("\\{[^{}]*\"code\":\"" + code + "\"[^{}]*\\}").matcher(body);
            if (m.find()) {
                ids.add(match(m.group(), "\"id\":\"([0-9a-f-]{36})\""));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no default categories found");
        }
        return ids;
    }

    /** The example with every UUID replaced by a new one (the same old id gets the same new id). */
    static String reId(String json) {
        Matcher m = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").matcher(json);
        java.util.Map<String, String> fresh = new java.util.HashMap<>();
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, fresh.computeIfAbsent(m.group(), k -> UUID.randomUUID().toString()));
        }
        return m.appendTail(out).toString();
    }

    static String signIn(String base, String email, String password) throws Exception {
        HttpResponse<String> r = post(base + "/api/session", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null);
        check(r, "sign-in");
        return match(r.body(), "\"token\":\"([^\"]+)\"");
    }

    static HttpResponse<String> post(String url, String json, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void check(HttpResponse<String> r, String what) {
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(what + ": " + r.statusCode() + " " + r.body());
        }
    }

    static String match(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("not found: " + regex + " in " + body.substring(0, Math.min(300, body.length())));
        }
        return m.group(1);
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The postcode import benchmark (bench/directory-postcodes.sh): uploads a postcode file (streamed from disk)
 * to {@code POST /directory/api/postcodes}, follows the job until it ends and prints the seconds from the
 * first byte sent to the last row merged. Plain JDK. Args: BASE_URL ADMIN_EMAIL ADMIN_PASSWORD FILE.
 */
public class PostcodeBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path file = Path.of(args[3]);
        HttpResponse<String> session = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + args[1] + "\",\"password\":\"" + args[2] + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String token = match(session.body(), "\"token\":\"([^\"]+)\"");
        long started = System.nanoTime();
        HttpResponse<String> upload = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/directory/api/postcodes"))
                .timeout(Duration.ofMinutes(10)).header("Content-Type", "text/csv").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        if (upload.statusCode() != 202) {
            throw new IllegalStateException("upload: " + upload.statusCode() + " " + upload.body());
        }
        double uploaded = (System.nanoTime() - started) / 1e9;
        String job = match(upload.body(), "\"id\":\"([0-9a-f-]{36})\"");
        String progress;
        long lastPrinted = 0;
        while (true) {
            progress = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/directory/api/imports/" + job))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
            if (!progress.contains("\"state\":\"running\"")) {
                break;
            }
            if (System.nanoTime() - lastPrinted > 10e9) {
                System.out.println("  " + match(progress, "\"done\":(\\d+)") + " rows read");
                lastPrinted = System.nanoTime();
            }
            Thread.sleep(250);
        }
        double total = (System.nanoTime() - started) / 1e9;
        if (!progress.contains("\"state\":\"done\"")) {
            throw new IllegalStateException("the import failed: " + progress);
        }
        System.out.printf("postcode file %s (%,d MB): upload %.1f s, whole import %.1f s, %s rows%n", file.getFileName(),
                Files.size(file) / 1_000_000, uploaded, total, match(progress, "\"done\":(\\d+)"));
    }

    static String match(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("not found: " + regex + " in " + body);
        }
        return m.group(1);
    }
}

package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bounded, quiet and durable server: the embedded PostgreSQL runs with PostgreSQL's durable settings,
 * Payara's heap is bounded, nothing listens but the HTTP port (and PostgreSQL on loopback), the server
 * does not name itself, and errors the container answers itself use the portal's page.
 */
@ExtendWith(SharedPortal.class)
class HardenServerIT {

    private final RunningPortal portal;

    HardenServerIT(RunningPortal portal) {
        this.portal = portal;
    }

    @Test
    void theEmbeddedDatabaseDoesNotLoseAcknowledgedWrites() throws Exception {
        try (Connection c = portal.database(); Statement s = c.createStatement()) {
            assertThat(setting(s, "fsync")).isEqualTo("on");
            assertThat(setting(s, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(s, "full_page_writes")).isEqualTo("on");
            assertThat(setting(s, "listen_addresses")).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void payarasHeapIsBoundedByDefault() throws Exception {
        ProcessHandle payara = payara();
        String commandLine = Files.readString(Path.of("/proc", Long.toString(payara.pid()), "cmdline")).replace('\0', ' ');
        assertThat(commandLine).contains("-Xmx768m");
    }

    @Test
    void nothingListensButTheHttpPortAndPostgresOnLoopback() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/ss")) || Files.isExecutable(Path.of("/bin/ss")), "needs ss (iproute2)");
        Set<Long> ours = portal.process().toHandle().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
        ours.add(portal.process().pid());
        List<String> listening = new ArrayList<>();
        Process ss = new ProcessBuilder("ss", "-ltnpH").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(ss.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                for (Long pid : ours) {
                    if (line.contains("pid=" + pid + ",")) {
                        listening.add(line.trim().split("\\s+")[3] + " " + (line.contains("\"postgres\"") ? "postgres" : "java"));
                    }
                }
            }
        }
        ss.waitFor(10, TimeUnit.SECONDS);
        assertThat(listening).as("sockets of the launcher, Payara and PostgreSQL").isNotEmpty();
        for (String socket : listening) {
            String address = socket.split(" ")[0];
            if (socket.endsWith("postgres")) {
                assertThat(address).as(socket).startsWith("127.0.0.1:");
            } else {
                assertThat(address).as(socket).endsWith(":" + portal.port());
            }
        }
    }

    @Test
    void theServerDoesNotNameItself() throws Exception {
        HttpResponse<String> page = new Http(portal).get("/");
        assertThat(page.headers().firstValue("Server")).isEmpty();
        assertThat(page.headers().firstValue("X-Powered-By")).isEmpty();
    }

    @Test
    void theSessionCookieIsSameSiteLaxHttpOnlyAndSecureBehindHttps() throws Exception {
        String plain = sessionCookie(raw("GET /login.xhtml HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        assertThat(plain).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
        String proxied = sessionCookie(raw("GET /login.xhtml HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: https\r\n"
                + "Connection: close\r\n\r\n"));
        assertThat(proxied).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Secure");
    }

    @Test
    void oneInstanceKeepsSessionsInMemoryAndLogsNoSessionStoreErrors() throws Exception {
        String answer = raw("GET /login.xhtml HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        sessionCookie(answer);
        // JSESSIONIDVERSION comes only from Payara's replicating session manager, which needs the data grid.
        assertThat(answer).doesNotContain("JSESSIONIDVERSION");
        assertThat(new String(Files.readAllBytes(portal.dataDir().resolve("logs/server.log")), StandardCharsets.UTF_8))
                .as("a distributable WAR's session manager looking for a data grid that one instance does not start")
                .doesNotContain("Hazelcast is not enabled");
    }

    @Test
    void methodsTheServerDoesNotKnowGetThePortalsErrorPage() throws Exception {
        for (String war : SessionApiIT.WARS) {
            String answer = raw("FOO " + war + "/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(status(answer)).as(war).isBetween(400, 501);
            assertThat(answer).as(war).doesNotContain("Payara").doesNotContain("Error report")
                    .containsAnyOf("Something in that request was not right", "This page cannot do that");
        }
    }

    @Test
    void connectGetsAnAnswer() throws Exception {
        String answer = raw("CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n");
        assertThat(status(answer)).isBetween(400, 501);
        assertThat(answer).doesNotContain("Payara");
    }

    @Test
    void aForbiddenPageUsesThePortalsLayout() throws Exception {
        Http http = new Http(portal);
        http.signIn(ThrowawayAccounts.create(portal, "Rhys Resident"), ThrowawayAccounts.PASSWORD);
        HttpResponse<String> page = http.get("/manage/residence.xhtml");
        assertThat(page.statusCode()).isIn(403, 404);
        assertThat(page.body()).doesNotContain("Payara").doesNotContain("Error report");
        assertThat(page.headers().firstValue("Content-Type").orElse("")).contains("html");
        assertThat(page.body()).contains("<html").contains("href=\"/\"");
    }

    private ProcessHandle payara() {
        return portal.process().toHandle().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro"))
                .findFirst().orElseThrow(() -> new AssertionError("no Payara process under the launcher"));
    }

    private static String setting(Statement s, String name) throws Exception {
        try (ResultSet r = s.executeQuery("show " + name)) {
            r.next();
            return r.getString(1);
        }
    }

    /** One request on a raw socket: the JDK's client refuses CONNECT and unknown methods' quirks. */
    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", portal.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                int read;
                while ((read = in.read(buffer)) != -1 && answer.size() < 256 * 1024) {
                    answer.write(buffer, 0, read);
                    if (answer.toString(StandardCharsets.ISO_8859_1).contains("</html>")) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                // a kept-alive connection: what came is the answer
            }
            return answer.size() == 0 ? "(no answer within 20 s)" : answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static int status(String answer) {
        if (!answer.startsWith("HTTP/1.")) {
            return -1;
        }
        return Integer.parseInt(answer.substring(9, 12));
    }

    private static String sessionCookie(String answer) {
        return answer.lines().filter(l -> l.regionMatches(true, 0, "Set-Cookie: JSESSIONID=", 0, 23)).findFirst()
                .orElseThrow(() -> new AssertionError("no JSESSIONID in:\n" + answer.lines().limit(20).collect(Collectors.joining("\n"))));
    }
}

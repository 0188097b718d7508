package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Residence end to end: by postcode (at once, or after an area admin's decision), by voting code
 * (issued as JSON and CSV, redeemed once), every refusal clear, and modules seeing the result.
 */
@ExtendWith(SharedPortal.class)
class ResidenceIT {

    private final RunningPortal portal;
    private Http http;
    private String[] admin;

    ResidenceIT(RunningPortal portal) {
        this.portal = portal;
    }

    @BeforeEach
    void signInTheAdmin() throws Exception {
        http = new Http(portal);
        admin = bearer(RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD);
    }

    @Test
    void aPostcodeInTheWardsListVerifiesAtOnceAndModulesSeeTheResidentInTheWardAndTheBorough() throws Exception {
        String[] resident = newResident();

        HttpResponse<String> claimed = claim(resident, "riverside", " dm1  1aa ");

        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);
        JsonNode claim = Http.json(claimed);
        assertThat(claim.path("status").asText()).isEqualTo("verified");
        assertThat(claim.path("method").asText()).isEqualTo("postcode");
        assertThat(claim.path("postcode").asText()).isEqualTo("DM1 1AA");
        assertThat(claim.path("area").asText()).isEqualTo("riverside");
        JsonNode mine = Http.json(http.get("/api/me/residence", resident));
        assertThat(mine.path("claims")).hasSize(1);
        assertThat(texts(mine.path("residentOf"))).containsExactlyInAnyOrder("riverside", "demo-borough");
        assertResident(resident, "/forum", "riverside");
        assertResident(resident, "/budget", "demo-borough");
        assertNotResident(resident, "/directory", "hillcrest");
        assertThat(http.get("/forum/api/me/resident/no-such-area", resident).statusCode()).isEqualTo(404);
        assertThat(http.get("/forum/api/me/resident/riverside").statusCode()).isEqualTo(401);
    }

    @Test
    void aPostcodeOutsideTheListWaitsForTheAreaAdminWhoVerifiesItAndAStrangerMayNot() throws Exception {
        String[] resident = newResident();
        String[] stranger = newResident();
        JsonNode claim = Http.json(claim(resident, "hillcrest", "DM9 9ZZ"));
        assertThat(claim.path("status").asText()).isEqualTo("pending");
        assertThat(claim.path("method").isMissingNode()).as("no method while pending").isTrue();
        String id = claim.path("id").asText();
        assertNotResident(resident, "/forum", "hillcrest");

        JsonNode pending = Http.json(http.get("/api/areas/hillcrest/residence/pending", admin));
        assertThat(ids(pending)).contains(id);
        assertThat(ids(Http.json(http.get("/api/areas/riverside/residence/pending", admin)))).doesNotContain(id);
        assertProblem(http.get("/api/areas/hillcrest/residence/pending", stranger), 403, "may not");
        assertProblem(http.postJson("/api/areas/hillcrest/residence/" + id + "/verify", "", stranger), 403, "may not");
        assertProblem(http.postJson("/api/areas/hillcrest/residence/" + id + "/verify", ""), 401, "Sign in");
        assertProblem(http.postJson("/api/areas/riverside/residence/" + id + "/verify", "", admin), 404, "no such claim");

        HttpResponse<String> verified = http.postJson("/api/areas/hillcrest/residence/" + id + "/verify", "", admin);

        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(Http.json(verified).path("method").asText()).isEqualTo("decision");
        assertProblem(http.postJson("/api/areas/hillcrest/residence/" + id + "/reject", "", admin), 409, "verified already");
        assertResident(resident, "/forum", "hillcrest");
        assertThat(audited("residence.verified", userId(resident))).isEqualTo(1);

        // Moving home: a new ward claim replaces this one.
        assertThat(Http.json(claim(resident, "riverside", "DM1 2AB")).path("status").asText()).isEqualTo("verified");
        JsonNode mine = Http.json(http.get("/api/me/residence", resident));
        assertThat(mine.path("claims")).hasSize(1);
        assertThat(mine.path("claims").get(0).path("area").asText()).isEqualTo("riverside");
        assertThat(texts(mine.path("residentOf"))).doesNotContain("hillcrest");
    }

    @Test
    void anAdminRejectsAClaimAndTheResidentSeesIt() throws Exception {
        String[] resident = newResident();
        String id = Http.json(claim(resident, "hillcrest", "ZZ1 1ZZ")).path("id").asText();

        assertThat(Http.json(http.postJson("/api/areas/hillcrest/residence/" + id + "/reject", "", admin))
                .path("status").asText()).isEqualTo("rejected");

        JsonNode mine = Http.json(http.get("/api/me/residence", resident));
        assertThat(mine.path("claims").get(0).path("status").asText()).isEqualTo("rejected");
        assertThat(mine.path("residentOf")).isEmpty();
        assertThat(audited("residence.rejected", userId(resident))).isEqualTo(1);
    }

    @Test
    void anAdminIssuesCodesAsJsonAndCsvAndEachCodeVerifiesOneResidentOnce() throws Exception {
        HttpResponse<String> issued = http.postJson("/api/areas/riverside/residence/codes", "{\"count\":3,\"validDays\":7}", admin);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        assertThat(issued.headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode batch = Http.json(issued);
        assertThat(batch.path("count").asInt()).isEqualTo(3);
        List<String> codes = texts(batch.path("codes"));
        assertThat(codes).hasSize(3).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}"));
        assertThat(batch.path("redeemUrl").asText()).endsWith("/code");

        HttpResponse<String> csv = http.postJson("/api/areas/riverside/residence/codes", "{\"count\":5,\"validDays\":30}",
                admin[0], admin[1], "Accept", "text/csv");
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(201);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("voting-codes-riverside"));
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(6);
        assertThat(lines[0]).isEqualTo("code,area,expires_at,redeem_url");
        assertThat(lines[1]).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3},riverside,20[0-9-]+T[0-9:.]+Z,http://localhost:[0-9]+/code");

        assertThat(storedInClear(codes.get(0))).as("only hashes are stored").isFalse();
        assertThat(hashStored(codes.get(0))).isTrue();
        assertThat(auditDetailsOf("residence.codes-issued")).noneMatch(d -> codes.stream().anyMatch(d::contains));

        String[] resident = newResident();
        HttpResponse<String> redeemed = redeem(resident, codes.get(0).toLowerCase().replace("-", " "));
        assertThat(redeemed.statusCode()).as(redeemed.body()).isEqualTo(200);
        assertThat(Http.json(redeemed).path("status").asText()).isEqualTo("verified");
        assertThat(Http.json(redeemed).path("method").asText()).isEqualTo("code");
        assertThat(texts(Http.json(http.get("/api/me/residence", resident)).path("residentOf"))).contains("riverside", "demo-borough");
        assertResident(resident, "/budget", "riverside");

        assertProblem(redeem(newResident(), codes.get(0)), 409, "used already");
        assertProblem(redeem(resident, codes.get(0)), 409, "used already");
    }

    @Test
    void ofTwoResidentsRedeemingOneCodeAtTheSameMomentExactlyOneSucceeds() throws Exception {
        String code = Http.json(http.postJson("/api/areas/hillcrest/residence/codes", "{\"count\":1,\"validDays\":1}", admin))
                .path("codes").get(0).asText();
        List<String[]> residents = List.of(newResident(), newResident(), newResident(), newResident());

        List<Callable<Integer>> attempts = new ArrayList<>();
        for (String[] resident : residents) {
            attempts.add(() -> new Http(portal).postJson("/api/me/residence/code", "{\"code\":\"" + code + "\"}", resident).statusCode());
        }
        List<Integer> statuses = together(attempts);

        assertThat(statuses).containsExactlyInAnyOrder(200, 409, 409, 409);
        long verified = 0;
        for (String[] resident : residents) {
            verified += texts(Http.json(http.get("/api/me/residence", resident)).path("residentOf")).contains("hillcrest") ? 1 : 0;
        }
        assertThat(verified).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithAClearReasonAndNothingSaved() throws Exception {
        String[] resident = newResident();

        assertField(claim(resident, "riverside", "banana"), 400, "postcode", "UK postcode");
        assertField(claim(resident, "riverside", "DM1"), 400, "postcode", "full postcode");
        assertField(claim(resident, "atlantis", "DM1 1AA"), 400, "area", "no area \"atlantis\"");
        assertField(claim(resident, "", "DM1 1AA"), 400, "area", "Choose the area");
        assertProblem(http.postJson("/api/me/residence", "{\"area\":", resident), 400, "JSON");
        assertProblem(http.postJson("/api/me/residence", "{\"area\":\"riverside\",\"postcode\":\"DM1 1AA\"}"), 401, "Sign in");
        assertThat(Http.json(http.get("/api/me/residence", resident)).path("claims")).isEmpty();

        assertField(redeem(resident, "not a code"), 400, "code", "16 letters");
        assertField(redeem(resident, "AAAA-BBBB-CCCC-DDDD"), 400, "code", "not one the council issued");
        String expired = Http.json(http.postJson("/api/areas/riverside/residence/codes", "{\"count\":1,\"validDays\":1}", admin))
                .path("codes").get(0).asText();
        expire(expired);
        assertField(redeem(resident, expired), 410, "code", "expired");
        assertThat(Http.json(http.get("/api/me/residence", resident)).path("claims")).isEmpty();

        assertField(http.postJson("/api/areas/riverside/residence/codes", "{\"count\":0,\"validDays\":7}", admin), 400, "count", "1 to 1000");
        assertField(http.postJson("/api/areas/riverside/residence/codes", "{\"count\":1001,\"validDays\":7}", admin), 400, "count", "1 to 1000");
        assertField(http.postJson("/api/areas/riverside/residence/codes", "{\"count\":5}", admin), 400, "validDays", "1 to 365");
        assertField(http.postJson("/api/areas/riverside/residence/codes", "{\"count\":5,\"validDays\":366}", admin), 400, "validDays", "1 to 365");
        assertProblem(http.postJson("/api/areas/atlantis/residence/codes", "{\"count\":5,\"validDays\":7}", admin), 404, "no area");
        assertProblem(http.postJson("/api/areas/riverside/residence/codes", "{\"count\":5,\"validDays\":7}", resident), 403, "may not");
        assertProblem(http.postJson("/api/areas/riverside/residence/codes", "{\"count\":5,\"validDays\":7}"), 401, "Sign in");
    }

    @Test
    void tooManyWrongCodesLockTheUsersRedeemingForAWhile() throws Exception {
        String[] guesser = newResident();
        for (int i = 0; i < 10; i++) {
            assertThat(redeem(guesser, "AAAA-BBBB-CCCC-DDD" + "23456789ABCDEFGH".charAt(i)).statusCode()).isEqualTo(400);
        }

        HttpResponse<String> locked = redeem(guesser, "AAAA-BBBB-CCCC-DDDE");

        assertProblem(locked, 429, "Too many wrong codes");
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(redeem(newResident(), "AAAA-BBBB-CCCC-DDDE").statusCode()).as("others are not locked").isEqualTo(400);
    }

    @Test
    void theResidencePagesRenderForTheirUsersOnly() throws Exception {
        String[] resident = newResident();
        claim(resident, "riverside", "DM1 1AA");

        HttpResponse<String> page = http.get("/account/residence.xhtml", resident);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Where you live", "Riverside", "DM1 1AA", "id=\"claim:postcode\"", "id=\"redeem:code\"");
        assertThat(http.get("/account/residence.xhtml").statusCode()).as("anonymous: to sign-in").isEqualTo(302);
        HttpResponse<String> shortcut = http.get("/code");
        assertThat(shortcut.statusCode()).as("the short address printed on the slips").isEqualTo(303);
        assertThat(shortcut.headers().firstValue("Location")).hasValue("/account/residence.xhtml#redeem");

        HttpResponse<String> manage = http.get("/manage/residence.xhtml?area=riverside", admin);
        assertThat(manage.statusCode()).isEqualTo(200);
        assertThat(manage.body()).contains("Residence in Riverside", "id=\"codes:count\"");
        assertThat(http.get("/manage/residence.xhtml?area=riverside", resident).statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> claim(String[] user, String area, String postcode) throws Exception {
        return http.postJson("/api/me/residence", Http.JSON.writeValueAsString(java.util.Map.of("area", area, "postcode", postcode)), user);
    }

    private HttpResponse<String> redeem(String[] user, String code) throws Exception {
        return http.postJson("/api/me/residence/code", Http.JSON.writeValueAsString(java.util.Map.of("code", code)), user);
    }

    /**
     * What {@code <war>/api/me/resident/{area}} says once it agrees with {@code expected}, or after 5 s:
     * the other WARs read residence through a cache of at most 2 seconds.
     */
    private boolean resident(String[] user, String war, String area, boolean expected) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            HttpResponse<String> answer = http.get(war + "/api/me/resident/" + area, user);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            boolean resident = Http.json(answer).path("verifiedResident").asBoolean();
            if (resident == expected || System.nanoTime() > deadline) {
                return resident;
            }
            Thread.sleep(200);
        }
    }

    private void assertResident(String[] user, String war, String area) throws Exception {
        assertThat(resident(user, war, area, true)).as(war + " sees a resident of " + area).isTrue();
    }

    private void assertNotResident(String[] user, String war, String area) throws Exception {
        assertThat(resident(user, war, area, false)).as(war + " sees no resident of " + area).isFalse();
    }

    private String[] newResident() throws Exception {
        return bearer(ThrowawayAccounts.create(portal, "Resident"), ThrowawayAccounts.PASSWORD);
    }

    private String[] bearer(String email, String password) throws Exception {
        return new String[]{"Authorization", "Bearer " + new Http(portal).signIn(email, password).path("token").asText()};
    }

    private String userId(String[] user) throws Exception {
        return Http.json(http.get("/api/me", user)).path("id").asText();
    }

    private long audited(String action, String userId) throws Exception {
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(
                "select count(*) from core.audit_entry where action = ? and target_id = ?")) {
            s.setString(1, action);
            s.setString(2, userId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private List<String> auditDetailsOf(String action) throws Exception {
        List<String> details = new ArrayList<>();
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(
                "select details::text from core.audit_entry where action = ?")) {
            s.setString(1, action);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    details.add(r.getString(1));
                }
            }
        }
        assertThat(details).isNotEmpty();
        return details;
    }

    private boolean storedInClear(String code) throws Exception {
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(
                "select count(*) from core.residence_code where code_hash in (?, ?)")) {
            s.setString(1, code);
            s.setString(2, code.replace("-", ""));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        }
    }

    private boolean hashStored(String code) throws Exception {
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(
                "select count(*) from core.residence_code where code_hash = ?")) {
            s.setString(1, sha256(code.replace("-", "")));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) == 1;
            }
        }
    }

    private void expire(String code) throws Exception {
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement("""
                update core.residence_code_batch set issued_at = now() - interval '2 days', expires_at = now() - interval '1 day'
                where id = (select batch_id from core.residence_code where code_hash = ?)""")) {
            s.setString(1, sha256(code.replace("-", "")));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
    }

    private static <T> List<T> together(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> ids(JsonNode nodes) {
        List<String> ids = new ArrayList<>();
        nodes.forEach(n -> ids.add(n.path("id").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode nodes) {
        List<String> texts = new ArrayList<>();
        nodes.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static void assertProblem(HttpResponse<String> response, int status, String reason) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(Http.json(response).path("detail").asText()).containsIgnoringCase(reason);
    }

    private static void assertField(HttpResponse<String> response, int status, String field, String reason) throws Exception {
        assertProblem(response, status, reason);
        assertThat(Http.json(response).path("errors").path(field).asText()).containsIgnoringCase(reason);
    }
}

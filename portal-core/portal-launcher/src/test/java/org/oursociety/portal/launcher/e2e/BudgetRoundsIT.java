package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oursociety.portal.launcher.e2e.BudgetWard.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A participatory budget round's whole life through the JSON API: proposals, review (the author is
 * mailed), voting with each ballot kind, a changed ballot, refusals, paper ballots without double
 * votes, results equal to {@code budget-engine.jar count} on the published file, and what-if recounts.
 */
@ExtendWith(SharedPortal.class)
class BudgetRoundsIT {

    private final RunningPortal portal;
    private final Mailbox mailbox;
    private BudgetWard ward;

    BudgetRoundsIT(RunningPortal portal, Mailbox mailbox) {
        this.portal = portal;
        this.mailbox = mailbox;
    }

    @BeforeEach
    void aFreshWard() throws Exception {
        ward = new BudgetWard(portal);
    }

    @Test
    void anApprovalRoundGoesFromProposalsToAResultAnyoneCanRecountWithTheEngine() throws Exception {
        long round = ward.round("{\"kind\":\"approval\",\"min\":1,\"max\":2}", 1000);
        JsonNode shown = Http.json(ward.http.get("/budget/api/rounds/" + round, ward.admin));
        assertThat(shown.path("phase").asText()).isEqualTo("draft");
        assertThat(shown.path("area").asText()).isEqualTo(ward.slug);
        assertThat(shown.path("rule").asText()).isEqualTo("equalshares/add1");
        assertThat(shown.path("ballot").path("kind").asText()).isEqualTo("approval");
        assertThat(ward.http.get("/budget/api/rounds/" + round).statusCode()).as("drafts are the managers'").isEqualTo(404);

        String[] author = ward.resident("Author");
        assertProblem(ward.http.postJson("/budget/api/rounds/" + round + "/proposals",
                "{\"title\":\"Too soon\",\"description\":\"x\",\"cost\":10}", BudgetWard.auth(author)), 404, "");
        assertProblem(ward.phase(round, "review"), 409, "one at a time");
        assertProblem(ward.phase(round, "proposals", author), 404, ""); // a draft is hidden from non-managers
        ward.moveTo(round, "proposals");
        assertProblem(ward.phase(round, "review", author), 403, "");

        long park = ward.propose(round, author, "Pocket park", 400);
        long bins = ward.propose(round, author, "Recycling bins", 300);
        long lights = ward.propose(round, author, "Street lights", 500);
        long pool = ward.propose(round, author, "Swimming pool", 900);
        HttpResponse<String> bad = ward.http.postJson("/budget/api/rounds/" + round + "/proposals",
                "{\"title\":\"x\",\"description\":\"\",\"cost\":5000}", BudgetWard.auth(author));
        assertProblem(bad, 400, "\"cost\"");
        assertThat(bad.body()).contains("\"title\"", "\"description\"");
        JsonNode proposals = Http.json(ward.http.get("/budget/api/rounds/" + round + "/proposals"));
        assertThat(proposals.path("proposals")).hasSize(4);
        assertThat(proposals.path("proposals").get(0).path("status").asText()).isEqualTo("submitted");
        assertThat(proposals.path("proposals").get(0).path("cost").asLong()).isEqualTo(400);

        ward.moveTo(round, "review");
        assertProblem(ward.review(pool, "{\"feasible\":false}"), 400, "\"explanation\"");
        assertThat(ward.review(pool, "{\"feasible\":false,\"explanation\":\"No room for a pool.\"}").statusCode())
                .isEqualTo(200);
        assertThat(ward.review(park, "{\"feasible\":true,\"cost\":450}").statusCode()).isEqualTo(200);
        ward.feasible(bins, lights);
        Mailbox.Mail mail = mailbox.awaitMail(author[2], 1);
        assertThat(mail.subject()).contains("has been reviewed");
        assertThat(mailbox.mailsTo(author[2]).stream().map(Mailbox.Mail::text)).anyMatch(t -> t.contains("No room for a pool."));

        String[] outsider = ward.member("Outsider");
        List<String[]> residents = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            residents.add(ward.resident("Voter " + i));
        }
        assertProblem(ward.vote(round, "{\"projects\":[" + park + "]}", residents.get(0)), 409, "not open");
        ward.moveTo(round, "voting");
        JsonNode card = Http.json(ward.http.get("/budget/api/areas/" + ward.slug + "/card"));
        assertThat(card.path("title").asText()).isEqualTo("Participatory budget");
        assertThat(card.path("summary").asText()).contains("Voting is open");
        assertThat(card.path("items").get(0).path("href").asText()).endsWith("/round.xhtml?id=" + round);
        JsonNode data = Http.json(ward.http.get("/budget/api/me/data-part", BudgetWard.auth(author)));
        assertThat(data.toString()).contains("Pocket park", "Swimming pool");

        assertProblem(ward.vote(round, "{\"projects\":[" + park + "]}", outsider), 403, "verified residents");
        assertProblem(ward.vote(round, "{\"projects\":[" + park + "," + bins + "," + lights + "]}", residents.get(0)),
                400, "at most 2");
        assertProblem(ward.vote(round, "{\"projects\":[]}", residents.get(0)), 400, "at least 1");
        assertProblem(ward.vote(round, "{\"projects\":[" + pool + "]}", residents.get(0)), 400, "not on this ballot");
        String receipt = ward.voted(round, "{\"projects\":[" + park + "]}", residents.get(0));
        assertThat(ward.voted(round, "{\"projects\":[" + bins + "," + lights + "]}", residents.get(0)))
                .as("a changed ballot keeps its receipt").isEqualTo(receipt);
        JsonNode mine = Http.json(ward.http.get("/budget/api/rounds/" + round + "/ballot",
                BudgetWard.auth(residents.get(0))));
        assertThat(mine.path("projects").toString()).isEqualTo("[" + bins + "," + lights + "]");
        assertThat(mine.path("receipt").asText()).isEqualTo(receipt);
        assertThat(mailbox.awaitMail(residents.get(0)[2], 1).text()).contains(receipt);
        ward.voted(round, "{\"projects\":[" + park + "," + bins + "]}", residents.get(1));
        ward.voted(round, "{\"projects\":[" + park + "]}", residents.get(2));
        ward.voted(round, "{\"projects\":[" + park + "," + lights + "]}", residents.get(3));
        ward.voted(round, "{\"projects\":[" + lights + "]}", residents.get(4));

        ward.moveTo(round, "results");
        assertProblem(ward.phase(round, "voting"), 409, "one at a time");
        assertProblem(ward.vote(round, "{\"projects\":[" + park + "]}", residents.get(2)), 409, "not open");

        JsonNode results = Http.json(ward.http.get("/budget/api/rounds/" + round + "/results"));
        assertThat(results.path("rule").asText()).isEqualTo("equalshares/add1");
        assertThat(results.path("budget").asLong()).isEqualTo(1000);
        assertThat(results.path("voters").asLong()).isEqualTo(5);
        assertThat(results.path("projects")).hasSize(3);
        assertThat(results.path("spent").asLong()).isLessThanOrEqualTo(1000);
        for (JsonNode p : results.path("projects")) {
            assertThat(p.path("explanation").asText()).as(p.toString()).isNotBlank();
            if (p.path("funded").asBoolean()) {
                assertThat(p.path("explanation").asText()).contains("£");
            }
        }

        HttpResponse<String> file = ward.http.get("/budget/api/rounds/" + round + "/pabulib");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(file.body()).startsWith("META\nkey;value\n").contains("vote_type;approval", "rule;equalshares/add1",
                "num_votes;5", "num_projects;3", "\n" + receipt + ";");
        assertThat(file.body()).doesNotContain(residents.get(0)[2]);
        assertThat(results.path("sha256").asText()).isEqualTo(sha256(file.body()));

        JsonNode recount = engineCount(file.body(), null);
        assertThat(recount.path("selected").toString().replace("\"", "")).isEqualTo(results.path("funded").toString());
        assertThat(recount.path("voters").asLong()).isEqualTo(5);
        assertThat(recount.path("cost").asLong()).isEqualTo(results.path("spent").asLong());
        assertThat(recount.path("votersWithFundedProject").asLong()).isEqualTo(results.path("votersWithFunded").asLong());

        JsonNode greedy = Http.json(ward.http.get("/budget/api/rounds/" + round + "/results?rule=greedy"));
        assertThat(greedy.path("rule").asText()).isEqualTo("greedy");
        assertThat(greedy.path("whatIf").asBoolean()).isTrue();
        assertThat(greedy.path("funded").toString()).isEqualTo(
                engineCount(file.body(), "greedy").path("selected").toString().replace("\"", ""));
        assertThat(Http.json(ward.http.get("/budget/api/rounds/" + round + "/results")).path("rule").asText())
                .as("a what-if never changes the result").isEqualTo("equalshares/add1");
        assertProblem(ward.http.get("/budget/api/rounds/" + round + "/results?rule=dice"), 400, "counting rules");
        ward.moveTo(round, "delivery");

        // Delivery: a follower of a funded project is mailed its updates.
        long funded = results.path("funded").get(0).asLong();
        long unfunded = -1;
        for (JsonNode p : results.path("projects")) {
            if (!p.path("funded").asBoolean()) {
                unfunded = p.path("id").asLong();
            }
        }
        String[] follower = residents.get(4);
        assertThat(ward.http.sendJson("PUT", "/budget/api/proposals/" + funded + "/follow", "", BudgetWard.auth(follower))
                .statusCode()).isEqualTo(200);
        String update = "{\"status\":\"in-progress\",\"progress\":40,\"text\":\"The first trees are planted.\"}";
        assertProblem(ward.http.postJson("/budget/api/proposals/" + funded + "/delivery", update,
                BudgetWard.auth(follower)), 403, "");
        assertProblem(ward.http.postJson("/budget/api/proposals/" + funded + "/delivery",
                "{\"status\":\"done\",\"progress\":40,\"text\":\"x\"}", ward.admin), 400, "\"progress\"");
        if (unfunded > 0) {
            assertProblem(ward.http.postJson("/budget/api/proposals/" + unfunded + "/delivery", update, ward.admin), 409,
                    "funded");
        }
        HttpResponse<String> posted = ward.http.postJson("/budget/api/proposals/" + funded + "/delivery", update, ward.admin);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        Mailbox.Mail news = mailbox.awaitMail(follower[2], 2);
        assertThat(news.subject()).startsWith("News about");
        assertThat(news.text()).contains("The first trees are planted.", "40%");
        JsonNode updates = Http.json(ward.http.get("/budget/api/proposals/" + funded + "/delivery"));
        assertThat(updates.path("updates").get(0).path("progress").asInt()).isEqualTo(40);
    }

    @Test
    void knapsackCumulativeAndRankedBallotsAreCheckedAndCounted() throws Exception {
        String[] author = ward.resident("Author");
        String[] voter = ward.resident("Voter");
        String[] other = ward.resident("Other");

        long knapsack = ward.round("{\"kind\":\"knapsack\"}", 1000);
        ward.moveTo(knapsack, "proposals");
        long a = ward.propose(knapsack, author, "Benches", 600);
        long b = ward.propose(knapsack, author, "Trees", 500);
        long c = ward.propose(knapsack, author, "Mural", 300);
        ward.moveTo(knapsack, "review");
        ward.feasible(a, b, c);
        ward.moveTo(knapsack, "voting");
        assertProblem(ward.vote(knapsack, "{\"projects\":[" + a + "," + b + "]}", voter), 400,
                "cost £1,100, more than the budget of £1,000");
        ward.voted(knapsack, "{\"projects\":[" + a + "," + c + "]}", voter);
        ward.voted(knapsack, "{\"projects\":[" + b + "]}", other);

        long cumulative = ward.round("{\"kind\":\"cumulative\",\"points\":10}", 1000);
        ward.moveTo(cumulative, "proposals");
        long d = ward.propose(cumulative, author, "Library hours", 700);
        long e = ward.propose(cumulative, author, "Bike racks", 200);
        ward.moveTo(cumulative, "review");
        ward.feasible(d, e);
        ward.moveTo(cumulative, "voting");
        assertProblem(ward.vote(cumulative, "{\"points\":{\"" + d + "\":8,\"" + e + "\":5}}", voter), 400,
                "13 points; you have 10");
        ward.voted(cumulative, "{\"points\":{\"" + d + "\":7,\"" + e + "\":3}}", voter);
        JsonNode mine = Http.json(ward.http.get("/budget/api/rounds/" + cumulative + "/ballot", BudgetWard.auth(voter)));
        assertThat(mine.path("points").path(String.valueOf(d)).asInt()).isEqualTo(7);

        long ranked = ward.round("{\"kind\":\"ranked\",\"max\":2}", 1000);
        ward.moveTo(ranked, "proposals");
        long f = ward.propose(ranked, author, "Skate park", 800);
        long g = ward.propose(ranked, author, "Play area", 400);
        long h = ward.propose(ranked, author, "Fountain", 100);
        ward.moveTo(ranked, "review");
        ward.feasible(f, g, h);
        ward.moveTo(ranked, "voting");
        assertProblem(ward.vote(ranked, "{\"ranking\":[" + f + "," + g + "," + h + "]}", voter), 400, "at most 2");
        assertProblem(ward.vote(ranked, "{\"ranking\":[" + f + "," + f + "]}", voter), 400, "only once");
        ward.voted(ranked, "{\"ranking\":[" + g + "," + f + "]}", voter);
        assertThat(Http.json(ward.http.get("/budget/api/rounds/" + ranked + "/ballot", BudgetWard.auth(voter)))
                .path("ranking").toString()).isEqualTo("[" + g + "," + f + "]");

        for (long round : new long[]{knapsack, cumulative, ranked}) {
            ward.moveTo(round, "results");
            String file = ward.http.get("/budget/api/rounds/" + round + "/pabulib").body();
            JsonNode results = Http.json(ward.http.get("/budget/api/rounds/" + round + "/results"));
            assertThat(engineCount(file, null).path("selected").toString().replace("\"", ""))
                    .as("round " + round).isEqualTo(results.path("funded").toString());
        }
        assertThat(ward.http.get("/budget/api/rounds/" + knapsack + "/pabulib").body()).contains("max_sum_cost;1000");
        assertThat(ward.http.get("/budget/api/rounds/" + cumulative + "/pabulib").body())
                .contains("vote_type;cumulative", "max_sum_points;10", "voter_id;vote;points");
        assertThat(ward.http.get("/budget/api/rounds/" + ranked + "/pabulib").body()).contains("vote_type;ordinal",
                ";" + g + "," + f + "\n");
    }

    @Test
    void paperBallotsCountLikeOnlineOnesAndNobodyVotesTwice() throws Exception {
        String[] author = ward.resident("Author");
        long round = ward.round("{\"kind\":\"approval\"}", 500);
        ward.moveTo(round, "proposals");
        long a = ward.propose(round, author, "Planters", 200);
        long b = ward.propose(round, author, "Notice board", 100);
        ward.moveTo(round, "review");
        ward.feasible(a, b);
        ward.moveTo(round, "voting");
        List<String> codes = ward.votingCodes(3);
        String paperPath = "/budget/api/rounds/" + round + "/paper-ballots";

        HttpResponse<String> byCode = ward.http.postJson(paperPath, "{\"code\":\"" + codes.get(0) + "\",\"projects\":["
                + a + "]}", ward.admin);
        assertThat(byCode.statusCode()).as(byCode.body()).isEqualTo(201);
        assertProblem(ward.http.postJson(paperPath, "{\"code\":\"" + codes.get(0) + "\",\"projects\":[" + b + "]}",
                ward.admin), 409, "already voted");
        assertProblem(ward.http.postJson(paperPath, "{\"code\":\"AAAA-BBBB-CCCC-DDDD\",\"projects\":[" + b + "]}",
                ward.admin), 400, "\"code\"");
        assertProblem(ward.http.postJson(paperPath, "{\"code\":\"" + codes.get(1) + "\",\"projects\":[" + b + "]}",
                BudgetWard.auth(author)), 403, "");

        // The slip's holder redeems the code afterwards and tries to vote online too.
        String[] holder = ward.member("Holder");
        assertThat(ward.http.postJson("/api/me/residence/code", "{\"code\":\"" + codes.get(0) + "\"}",
                BudgetWard.auth(holder)).statusCode()).isEqualTo(200);
        assertProblem(ward.vote(round, "{\"projects\":[" + b + "]}", holder), 409, "paper ballot");

        // An online voter cannot also be entered on paper, by name and postcode or by their code.
        String[] online = ward.resident("Olwen Online", "BG1 2CD");
        ward.voted(round, "{\"projects\":[" + b + "]}", online);
        assertProblem(ward.http.postJson(paperPath, "{\"name\":\"olwen online\",\"postcode\":\"bg1 2cd\",\"projects\":["
                + a + "]}", ward.admin), 409, "already voted");
        assertProblem(ward.http.postJson(paperPath, "{\"name\":\"Nobody Here\",\"postcode\":\"BG1 2CD\",\"projects\":["
                + a + "]}", ward.admin), 400, "\"name\"");

        String[] paperOnly = ward.resident("Pat Paper", "BG1 3EF");
        HttpResponse<String> byName = ward.http.postJson(paperPath, "{\"name\":\"Pat Paper\",\"postcode\":\"BG1 3EF\","
                + "\"projects\":[" + a + "," + b + "]}", ward.admin);
        assertThat(byName.statusCode()).as(byName.body()).isEqualTo(201);
        assertProblem(ward.vote(round, "{\"projects\":[" + a + "]}", paperOnly), 409, "paper ballot");

        JsonNode tally = Http.json(ward.http.get(paperPath, ward.admin));
        assertThat(tally.path("online").asLong()).isEqualTo(1);
        assertThat(tally.path("paper").asLong()).isEqualTo(2);

        ward.moveTo(round, "results");
        JsonNode results = Http.json(ward.http.get("/budget/api/rounds/" + round + "/results"));
        assertThat(results.path("voters").asLong()).isEqualTo(3);
        assertThat(ward.http.get("/budget/api/rounds/" + round + "/pabulib").body()).contains(
                Http.json(byName).path("receipt").asText());
    }

    @Test
    void aFinishedRoundIsImportedFromAPabulibFileAndPublishedForRecountingLikeOurOwn() throws Exception {
        String gdynia = Files.readString(Path.of("..", "..", "module-budget", "budget-engine", "src", "test", "resources",
                "pabulib", "Poland_Gdynia_2024_Redlowo__large.pb"));
        String path = "/budget/api/areas/" + ward.slug + "/rounds/import";
        assertProblem(ward.postText(path, gdynia, BudgetWard.auth(ward.member("Nobody"))), 403, "");
        HttpResponse<String> broken = ward.postText(path, "META\nkey;value\nbudget;100\nPROJECTS\nproject_id\n1\n",
                ward.admin);
        assertProblem(broken, 400, "line ");
        assertThat(Http.json(ward.http.get("/budget/api/areas/" + ward.slug + "/rounds")).path("rounds"))
                .as("nothing half-saved").isEmpty();

        HttpResponse<String> imported = ward.postText(path, gdynia, ward.admin);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode round = Http.json(imported).path("round");
        assertThat(round.path("phase").asText()).isEqualTo("results");
        assertThat(round.path("rule").asText()).isEqualTo("greedy-no-skip");
        long id = round.path("id").asLong();
        JsonNode results = Http.json(ward.http.get("/budget/api/rounds/" + id + "/results"));
        assertThat(results.path("voters").asLong()).isEqualTo(418);
        assertThat(results.path("funded")).hasSize(1);
        String file = ward.http.get("/budget/api/rounds/" + id + "/pabulib").body();
        assertThat(engineCount(file, null).path("selected").toString()).isEqualTo("[\"2024/RED/0013\"]");
        assertThat(engineCount(gdynia, null).path("selected").toString()).isEqualTo("[\"2024/RED/0013\"]");
    }

    @Test
    void aDraftRoundIsSplitIntoOneBudgetPerSubAreaEachWithItsOwnBallot() throws Exception {
        String north = ward.slug + "-north";
        String south = ward.slug + "-south";
        for (String sub : new String[]{north, south}) {
            HttpResponse<String> made = ward.http.postJson("/api/areas", "{\"slug\":\"" + sub + "\",\"name\":\"" + sub
                    + "\",\"type\":\"neighbourhood\",\"parent\":\"" + ward.slug + "\"}", ward.admin);
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (ward.http.get("/budget/api/areas/" + sub + "/rounds").statusCode() != 200) {
                assertThat(System.nanoTime()).as("the budget sees " + sub).isLessThan(deadline);
                Thread.sleep(200);
            }
        }
        long round = ward.round("{\"kind\":\"approval\"}", 3000);
        assertProblem(ward.http.postJson("/budget/api/rounds/" + round + "/split",
                "{\"budgets\":{\"riverside\":1000}}", ward.admin), 400, "directly below");
        HttpResponse<String> split = ward.http.postJson("/budget/api/rounds/" + round + "/split",
                "{\"budgets\":{\"" + north + "\":2000,\"" + south + "\":1000}}", ward.admin);
        assertThat(split.statusCode()).as(split.body()).isEqualTo(201);
        JsonNode parts = Http.json(split).path("rounds");
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).path("parent").asLong()).isEqualTo(round);
        assertThat(List.of(parts.get(0).path("area").asText(), parts.get(1).path("area").asText()))
                .containsExactlyInAnyOrder(north, south);
        // a second split would make a second round in each sub-area
        assertProblem(ward.http.postJson("/budget/api/rounds/" + round + "/split",
                "{\"budgets\":{\"" + north + "\":500}}", ward.admin), 409, "split already");
        ward.moveTo(round, "proposals");
        assertProblem(ward.http.postJson("/budget/api/rounds/" + round + "/split",
                "{\"budgets\":{\"" + north + "\":10}}", ward.admin), 409, "draft");
    }

    /** Runs the published command: {@code java -jar budget-engine.jar count FILE [--rule RULE] --format json}. */
    private static JsonNode engineCount(String pabulib, String rule) throws Exception {
        Path file = Files.createTempFile("round", ".pb");
        Files.writeString(file, pabulib, StandardCharsets.UTF_8);
        Path jar = Path.of("..", "..", "module-budget", "budget-engine", "target", "budget-engine.jar").toAbsolutePath()
                .normalize();
        assertThat(jar).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "count", file.toString(), "--format", "json"));
        if (rule != null) {
            command.addAll(List.of("--rule", rule));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isEqualTo(0);
        Files.delete(file);
        return Http.JSON.readTree(out);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}

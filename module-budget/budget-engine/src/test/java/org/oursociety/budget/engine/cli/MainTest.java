package org.oursociety.budget.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oursociety.budget.engine.Elections;

class MainTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String real(String name) {
        return Elections.real(name).toString();
    }

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static final String SMALL = "META\nkey;value\ndescription;d\ncountry;c\nunit;Smallville\ninstance;2024\n"
            + "num_projects;3\nnum_votes;3\nbudget;100\nvote_type;approval\nrule;%s\ndate_begin;1\ndate_end;2\n"
            + "PROJECTS\nproject_id;cost;name\na;60;Alpha\nb;50;\"Beta; \"\"best\"\"\"\nc;40;Gamma\n"
            + "VOTES\nvoter_id;vote\n1;a,b\n2;a,c\n3;b\n";

    @Test
    void countPrintsOneJsonObjectWithTheDecisionAndReasonForEachProject() throws IOException {
        Path f = file("small.pb", SMALL.formatted("greedy"));
        Run r = run("count", f.toString());

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines()).hasSize(1);
        assertThat(r.out()).startsWith("{\"file\":\"" + f + "\",\"unit\":\"Smallville\",\"instance\":\"2024\",\"rule\":\"greedy\","
                + "\"budget\":100,\"selected\":[\"b\",\"c\"],\"cost\":90,");
        assertThat(r.out()).contains("{\"id\":\"a\",\"score\":2,\"cost\":60,\"selected\":false,"
                + "\"reason\":\"50 left when its turn came, it costs 60\","
                + "\"explanation\":{\"kind\":\"greedy.did-not-fit\",\"position\":2,\"left\":50,\"cost\":60}}");
        assertThat(r.out()).contains("\"votersWithFundedProject\":3");
    }

    @Test
    void countsAWholeDownloadInOneRunAndReportsTheRulesItCannotReproduce() throws IOException {
        Path exclusive = file("exclusive.pb", SMALL.formatted("greedy-exclusive"));
        Run r = run("count", real("Poland_Gdynia_2024_Redlowo__large.pb"), exclusive.toString(),
                real("Poland_Wieliczka_2023_Green_Budget.pb"));

        assertThat(r.code()).isEqualTo(3);
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).contains("\"rule\":\"greedy-no-skip\"", "\"selected\":[\"2024/RED/0013\"]");
        assertThat(lines[1]).isEqualTo("{\"file\":\"" + exclusive + "\",\"error\":\"the file declares rule greedy-exclusive,"
                + " which cannot be reproduced from the file alone (its constraints are only described in the comment);"
                + " pass --rule to count it with another rule\"}");
        assertThat(lines[2]).contains("\"rule\":\"equalshares/add1-comparison\"", "\"cost\":995079", "\"round\":1",
                "\"perVoterBudget\":315", "\"startingShare\":151.83723", "\"nextPerVoterBudget\":316",
                "\"preferEqualShares\":1615,\"preferGreedy\":873");
    }

    @Test
    void aNamedRuleCountsFilesWhoseOwnRuleCannotBeReproduced() throws IOException {
        Path custom = file("custom.pb", SMALL.formatted("greedy-custom"));
        Run r = run("count", custom.toString(), "--rule", "equalshares/add1");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"rule\":\"equalshares/add1\"");
    }

    @Test
    void anUnreadableFileGivesItsLineAndExit2WithoutAStackTrace() throws IOException {
        Path bad = file("bad.pb", SMALL.formatted("greedy").replace("3;b", "3;zz"));
        Run r = run("count", bad.toString(), real("Poland_Wroclaw_2017_Rejon_nr_11_750.pb"));

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out().split("\n")[0]).isEqualTo("{\"file\":\"" + bad + "\",\"error\":\"line 23: vote for unknown project zz\"}");
        assertThat(r.out().split("\n")[1]).contains("\"selected\":[\"425\"]");

        Run text = run("count", bad.toString(), "--format", "text");
        assertThat(text.code()).isEqualTo(2);
        assertThat(text.err()).isEqualTo(bad + ": line 23: vote for unknown project zz\n");

        Run missing = run("count", dir.resolve("nope.pb").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.out()).contains("no such file").doesNotContain("Exception");
    }

    @Test
    void countCountsARepeatedVoteOnceAndSaysSoWithItsLineWhileValidateCallsItAProblem() throws IOException {
        Path f = file("repeated.pb", SMALL.formatted("greedy").replace("3;b\n", "3;b,b\n"));
        Run r = run("count", f.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"selected\":[\"b\",\"c\"]",
                "\"warnings\":[{\"line\":23,\"message\":\"project b appears twice in this ballot; counted once\"}]");
        Run text = run("count", f.toString(), "--format", "text");
        assertThat(text.out()).contains("warning: line 23: project b appears twice in this ballot; counted once\n");

        Run compare = run("compare", f.toString(), "--rules", "greedy,equalshares");
        assertThat(compare.out()).contains("warning: line 23: project b appears twice in this ballot; counted once\n");

        Run v = run("validate", f.toString());
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.out()).contains(f + ":23: project b appears twice in this ballot");
    }

    @Test
    void countRefusesWhatCannotBeAPabulibFileAtOnce() {
        Run r = run("count", "/dev/zero");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEqualTo("{\"file\":\"/dev/zero\",\"error\":\"line 1: the file holds a NUL byte: it is not"
                + " a text file, so not a Pabulib file\"}\n");
        Run dirRun = run("count", dir.toString());
        assertThat(dirRun.code()).isEqualTo(2);
        assertThat(dirRun.out()).contains("is a directory");
    }

    @Test
    void theEightSharedFilesCountWithoutWarnings() {
        for (String name : Elections.REAL) {
            Run r = run("count", real(name));
            assertThat(r.code()).as(name).isZero();
            assertThat(r.out()).as(name).contains("\"warnings\":[]");
        }
    }

    @Test
    void textFormatExplainsForAPerson() {
        Run r = run("count", real("Poland_Wieliczka_2023_Green_Budget.pb"), "--format", "text");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("funded 30 of 64 projects for 995079 of 1000000",
                "voters have at least one funded project they voted for", "each voter started with 315, raised by add1"
                        + " from 151.83723 (budget ÷ voters) in 166 runs; at 316 each, Equal Shares would have spent 1045079,"
                        + " more than the budget",
                "funded in round 1 of Equal Shares: each supporter paid 6.94; 720 supporters paid 5000 together"
                        + " (720.00 effective votes at that price)",
                "near miss: its supporters held only 74931.89 of its cost 100000 under Equal Shares; their money ran out"
                        + " in round 6, when 6 was funded: they held 133525.05 before and 93479.52 after, 6520.48 short;"
                        + " it went to 6 (40045.53), 70 (10289.14), 40 (9948.54) and 21 more");
    }

    @Test
    void validateExits0ForAValidFileAnd1WithTheProblems() throws IOException {
        assertThat(run("validate", real("Poland_Krakow_2019_Bienczyce.pb")).code()).isZero();

        Path bad = file("bad.pb", SMALL.formatted("greedy").replace("3;b", "3;b,b").replace("num_votes;3", "num_votes;4"));
        Run r = run("validate", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains(bad + ":8: META num_votes is 4 but VOTES lists 3",
                bad + ":23: project b appears twice in this ballot", "2 problems");

        Path broken = file("broken.pb", "nothing here\n");
        Run b = run("validate", broken.toString());
        assertThat(b.code()).isEqualTo(2);
        assertThat(b.err()).isEqualTo(broken + ": line 1: the file must start with a META line\n");
    }

    @Test
    void compareShowsTheOutcomesSideBySideAndWhatDiffers() {
        Run r = run("compare", real("Poland_Wieliczka_2023_Green_Budget.pb"), "--rules", "greedy,equalshares/add1");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("what differs:", "funded by equalshares/add1, not by greedy",
                "greedy: ", "equalshares/add1 funds 30 projects for 995079");
    }

    @Test
    void badArgumentsExplainUsageAndExit2() {
        Run r = run("count", real("Poland_Krakow_2019_Bienczyce.pb"), "--rule", "dictator");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("budget-engine: unknown rule 'dictator'").contains("usage:");

        assertThat(run("compare", real("Poland_Krakow_2019_Bienczyce.pb")).code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("--help").out()).contains("usage:");
    }

    @Test
    void normalizeRewritesTheFileStrictly() throws IOException {
        Path f = file("crlf.pb", SMALL.formatted("greedy").replace("\n", "\r\n").replace("60;Alpha", "60,0;Alpha"));
        Run r = run("normalize", f.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("\r").contains("a;60.0;Alpha\n", "b;50;\"Beta; \"\"best\"\"\"\n");
    }
}

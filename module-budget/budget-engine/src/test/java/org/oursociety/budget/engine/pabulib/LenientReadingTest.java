package org.oursociety.budget.engine.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oursociety.budget.engine.election.Election;
import org.oursociety.budget.engine.election.Warning;
import org.oursociety.budget.engine.rules.Counter;
import org.oursociety.budget.engine.rules.Rule;
import org.oursociety.budget.engine.rules.TieBreak;

/**
 * Real files are counted leniently and never silently wrong: each slip the official counts
 * work around is counted the same way and reported with its line; what cannot be a Pabulib
 * file is refused at once.
 */
class LenientReadingTest {
    @TempDir
    Path dir;

    /** META lines 1-13, PROJECTS header line 15, VOTES header line 20, votes from line 21. */
    private static String file(String extraMeta, String numVotes, String votes) {
        return "META\nkey;value\ndescription;d\ncountry;Poland\nunit;Łódź\ninstance;2022\nnum_projects;3\n"
                + "num_votes;" + numVotes + "\nbudget;100\nvote_type;approval\nrule;greedy\ndate_begin;1\ndate_end;2\n" + extraMeta
                + "PROJECTS\nproject_id;cost;name\na;60;Ścieżka\nb;50;Żłobek\nc;40;Gęsi\n"
                + "VOTES\nvoter_id;vote\n" + votes;
    }

    private static List<String> warnings(Election e) {
        return e.warnings().stream().map(Warning::toString).toList();
    }

    private static List<String> problems(String text) {
        return Validator.validate(new StringReader(text)).stream().map(Problem::toString).toList();
    }

    @Test
    void aProjectNamedTwiceInABallotIsCountedOnceWithAWarningAndValidateStillListsIt() {
        // Line 23: voter 3 names b twice, as 19 Warsaw 2022 and 2026 files do.
        String text = file("", "3", "1;a,b\n2;a,c\n3;b,b\n");
        Election e = ElectionReader.read(new StringReader(text));

        assertThat(warnings(e)).containsExactly("line 23: project b appears twice in this ballot; counted once");
        assertThat(e.voters()).isEqualTo(3);
        var greedy = Counter.count(e, Rule.greedy(), TieBreak.DEFAULT);
        assertThat(greedy.projects().get(1).votes()).isEqualTo(2);
        assertThat(problems(text)).containsExactly("line 23: project b appears twice in this ballot");
    }

    @Test
    void aStrayCommaInAVoteIsIgnoredWithAWarning() {
        Election e = ElectionReader.read(new StringReader(file("", "2", "1;a,b,\n2;,c\n")));

        assertThat(e.voters()).isEqualTo(2);
        assertThat(Counter.count(e, Rule.greedy(), TieBreak.DEFAULT).projects()).extracting(r -> r.votes())
                .containsExactly(1L, 1L, 1L);
        assertThat(warnings(e)).containsExactly("line 21: the vote field 'a,b,' has a stray comma; ignored",
                "line 22: the vote field ',c' has a stray comma; ignored");
    }

    @Test
    void wrongCountsInMetaAreWarnedAtTheirLine() {
        Election e = ElectionReader.read(new StringReader(file("", "5", "1;a\n2;b\n").replace("num_projects;3", "num_projects;4")));

        assertThat(warnings(e)).containsExactly("line 7: META num_projects is 4 but PROJECTS lists 3",
                "line 8: META num_votes is 5 but VOTES lists 2");
    }

    @Test
    void aDuplicateVoterIdIsCountedAndWarned() {
        Election e = ElectionReader.read(new StringReader(file("", "3", "1;a\n2;b\n1;c\n")));

        assertThat(e.voters()).isEqualTo(3);
        assertThat(warnings(e)).containsExactly("line 23: voter id 1 appears again; this ballot is counted too");
    }

    @Test
    void aVoteRowWithoutItsVoteFieldIsNotCountedAndIsWarned() {
        // "3" has no ';' at all: no vote field, unlike "4;" (a voter who chose nothing).
        String text = file("", "4", "1;a\n2;b\n3\n4;\n");
        Election e = ElectionReader.read(new StringReader(text));

        assertThat(e.voters()).isEqualTo(3);
        assertThat(warnings(e)).containsExactly("line 23: this vote row has no vote field; it is not counted");
        assertThat(problems(text)).containsExactly("line 23: this vote row has no vote field");
    }

    @Test
    void pointsOverTheFilesLimitsAreCountedAsCastAndWarned() {
        String text = file("", "2", "").replace("vote_type;approval", "vote_type;cumulative\nmax_sum_points;5\nmax_points;4")
                .replace("voter_id;vote\n", "voter_id;vote;points\n1;a,b;3,2\n2;a,b;1,6\n");
        Election e = ElectionReader.read(new StringReader(text));

        assertThat(warnings(e)).containsExactly("line 24: 6 points for one project, more than max_points 4; counted as cast",
                "line 24: the ballot gives 7 points, more than max_sum_points 5; counted as cast");
        assertThat(Counter.count(e, Rule.greedy(), TieBreak.DEFAULT).projects().get(1).score()).isEqualTo(8);
    }

    @Test
    void aWindows1250FileIsReadInItsOwnEncodingWithAWarning() throws IOException {
        Path f = dir.resolve("cp1250.pb");
        Files.write(f, file("", "1", "1;a\n").getBytes(Charset.forName("windows-1250")));
        Election e = ElectionReader.read(f);

        assertThat(e.meta()).containsEntry("unit", "Łódź");
        assertThat(e.project("b").orElseThrow().name()).isEqualTo("Żłobek");
        assertThat(warnings(e)).containsExactly("line 5: the file is not UTF-8 (this is the first line that is not);"
                + " read as windows-1250");
        assertThat(Validator.validate(f)).extracting(Problem::line).containsExactly(5);
    }

    @Test
    void anIso88592FileIsToldApartFromWindows1250() throws IOException {
        Path f = dir.resolve("latin2.pb");
        Files.write(f, file("", "1", "1;a\n").replace("Łódź", "Świętokrzyska ąś").getBytes(Charset.forName("ISO-8859-2")));
        Election e = ElectionReader.read(f);

        assertThat(e.meta()).containsEntry("unit", "Świętokrzyska ąś");
        assertThat(e.project("a").orElseThrow().name()).isEqualTo("Ścieżka");
        assertThat(warnings(e)).singleElement().asString().endsWith("read as iso-8859-2");
    }

    @Test
    void utf8WithBomWindowsLineEndsAndUtf16WithBomAreReadWithoutWarnings() throws IOException {
        String text = file("", "2", "1;a,b\n2;c\n");
        Path bom = dir.resolve("bom.pb");
        Files.write(bom, ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        Path utf16 = dir.resolve("utf16.pb");
        Files.write(utf16, text.getBytes(StandardCharsets.UTF_16));
        Path oldMac = dir.resolve("cr.pb");
        Files.write(oldMac, text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));

        for (Path f : List.of(bom, utf16, oldMac)) {
            Election e = ElectionReader.read(f);
            assertThat(e.warnings()).as(f.toString()).isEmpty();
            assertThat(e.voters()).as(f.toString()).isEqualTo(2);
            assertThat(e.meta()).as(f.toString()).containsEntry("unit", "Łódź");
            assertThat(Validator.validate(f)).as(f.toString()).isEmpty();
        }
    }

    @Test
    void quotedTitlesHeadersAndFieldsAndOptionalColumnsAreAccepted() {
        String text = "\"META\";\n\"key\";\"value\"\n\"budget\";\"100\"\n\"vote_type\";\"approval\"\n\"rule\";\"greedy\"\n"
                + "comment;\"a; long\nremark\"\n\n"
                + "\"PROJECTS\"\n\" project_id \";\"name\";\"cost\";\"latitude\";\"longitude\";\"selected\"\n"
                + "\"1\";\"Park; \"\"green\"\"\";\"1 000\";52.1;21.0;1\n2;\"Two\nlines\";50;;;0\n\n"
                + "\"VOTES\"\n\"voter_id\";\"age\";\"sex\";\"vote\";\"voting_method\"\n"
                + "v1;33;F;\"1,2\";internet\nv2;;;\"2\";paper\n";
        Election e = ElectionReader.read(new StringReader(text));

        assertThat(e.warnings()).isEmpty();
        assertThat(e.project("1").orElseThrow().name()).isEqualTo("Park; \"green\"");
        assertThat(e.project("2").orElseThrow().name()).isEqualTo("Two\nlines");
        assertThat(e.project("1").orElseThrow().cost()).isEqualTo(1000);
        assertThat(e.meta()).containsEntry("comment", "a; long\nremark");
        assertThat(e.voters()).isEqualTo(2);
    }

    @Test
    void whatCannotBeAPabulibFileIsRefusedAtOnceWithAClearReason() throws IOException {
        long start = System.nanoTime();
        assertThatThrownBy(() -> ElectionReader.read(Path.of("/dev/zero")))
                .isInstanceOf(PbFormatException.class).hasMessageContaining("NUL byte").hasMessageContaining("not a text file");
        Path longLine = dir.resolve("long.pb");
        Files.writeString(longLine, "META\n" + "a".repeat(PbInput.MAX_LINE_BYTES + 10) + "\n");
        assertThatThrownBy(() -> ElectionReader.read(longLine))
                .hasMessage("line 2: line 2 is longer than 1048576 bytes: this is not a Pabulib file, or a broken one");
        assertThatThrownBy(() -> ElectionReader.read(new StringReader("META\nkey;value\ncomment;\"never closed\n"
                + "x\n".repeat(600_000))))
                .hasMessageContaining("its closing quote is missing");
        // An exponent would make every sum a four-million-digit number: refused as a cost, 1.5E6 is fine.
        String huge = file("", "1", "1;a\n").replace("a;60;", "a;1e4004680;");
        assertThatThrownBy(() -> ElectionReader.read(new StringReader(huge)))
                .hasMessage("line 16: the cost '1e4004680' of project a is not a number");
        assertThat(Validator.validate(new StringReader(huge))).extracting(Problem::line).contains(16);
        assertThat(ElectionReader.read(new StringReader(file("", "1", "1;a\n").replace("a;60;", "a;1.5E6;")))
                .project("a").orElseThrow().cost()).isEqualTo(1_500_000);
        // Sums of costs and points must stay exact: amounts no real election comes near are refused.
        assertThatThrownBy(() -> ElectionReader.read(new StringReader(file("", "1", "1;a\n")
                .replace("budget;100", "budget;9223372036854775807"))))
                .hasMessage("line 20: costs or budget are too large or too precise to count exactly");
        String points = file("", "1", "").replace("vote_type;approval", "vote_type;cumulative")
                .replace("voter_id;vote\n", "voter_id;vote;points\n1;a,b;9223372036854775807,1\n");
        assertThatThrownBy(() -> ElectionReader.read(new StringReader(points)))
                .hasMessage("line 21: the points 9223372036854775807 are more than 1000000000, too many to count");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }
}

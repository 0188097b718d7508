package org.oursociety.budget.engine.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.oursociety.budget.engine.Elections;
import org.oursociety.budget.engine.election.Ballot;
import org.oursociety.budget.engine.election.Election;
import org.oursociety.budget.engine.election.VoteType;

class ReaderTest {
    private static final String QUIRKY = "\uFEFFMETA\r\n"
            + "key;value\r\n"
            + "description; Quirky file \r\n"
            + "country;Poland\r\n"
            + "unit;Testowo\r\n"
            + "instance;2024\r\n"
            + "num_projects;3\r\n"
            + "num_votes;4\r\n"
            + "budget;1000,50\r\n"
            + "vote_type;approval\r\n"
            + "rule;greedy\r\n"
            + "date_begin;01.01.2024\r\n"
            + "date_end;\r\n"
            + "favourite_colour;green\r\n"
            + "comment;#1: a; b; c\r\n"
            + "\r\n"
            + "PROJECTS\r\n"
            + "project_id;cost;name;category\r\n"
            + "A1 ; 500,25 ;\"Park; with \"\"trees\"\"\";\r\n"
            + "B2;300;Library;culture\r\n"
            + "C3;1 200;Road;\r\n"
            + "VOTES\r\n"
            + "voter_id;vote;age\r\n"
            + "1;A1, B2;33\r\n"
            + "2;B2,A1;\r\n"
            + "3;C3;\r\n"
            + "4;;\r\n";

    @Test
    void readsBomCarriageReturnsSpacesDecimalCommasAndEmptyFieldsLeniently() {
        Election e = Elections.parse(QUIRKY);

        assertThat(e.voteType()).isEqualTo(VoteType.APPROVAL);
        assertThat(e.moneyScale()).isEqualTo(2);
        assertThat(e.budget()).isEqualTo(100_050);
        assertThat(e.project("A1").orElseThrow().cost()).isEqualTo(50_025);
        assertThat(e.project("C3").orElseThrow().cost()).isEqualTo(120_000);
        assertThat(e.project("A1").orElseThrow().name()).isEqualTo("Park; with \"trees\"");
        assertThat(e.meta()).containsEntry("favourite_colour", "green").containsEntry("comment", "#1: a; b; c")
                .containsEntry("description", "Quirky file");
        assertThat(e.voters()).isEqualTo(4);
        assertThat(e.money(e.budget())).isEqualTo("1000.50");
    }

    @Test
    void groupsIdenticalBallotsSoMemoryFollowsDistinctBallots() {
        Election e = Elections.parse(QUIRKY);

        // "A1, B2" and "B2,A1" are the same approval ballot; the empty ballot is kept.
        assertThat(e.ballots()).hasSize(3);
        assertThat(e.ballots().stream().mapToLong(Ballot::weight).max().orElseThrow()).isEqualTo(2);
    }

    @Test
    void streamsAHundredThousandVotersIntoTheirDistinctBallots() {
        StringBuilder sb = new StringBuilder("META\nkey;value\nbudget;1000\nvote_type;approval\nrule;greedy\n"
                + "PROJECTS\nproject_id;cost\n");
        for (int p = 1; p <= 40; p++) {
            sb.append(p).append(";").append(p * 10).append('\n');
        }
        sb.append("VOTES\nvoter_id;vote\n");
        for (int v = 0; v < 100_000; v++) {
            sb.append(v).append(';').append(1 + v % 20).append(',').append(21 + (v / 20) % 20).append('\n');
        }
        Election e = Elections.parse(sb.toString());

        assertThat(e.voters()).isEqualTo(100_000);
        assertThat(e.ballots().size()).isLessThanOrEqualTo(400);
    }

    @Test
    void keepsOrdinalOrderAndPointsPerProject() {
        Election ordinal = Elections.build("ordinal", 10, "", "a:1 b:1 c:1", null, "c,a,b", "a,c,b");
        assertThat(ordinal.ballots()).hasSize(2);
        assertThat(ordinal.ballots().get(0).projects()).containsExactly(2, 0, 1);

        Election cumulative = Elections.build("cumulative", 10, "", "a:1 b:1", new String[] {"3,1", "1,3"}, "a,b", "b,a");
        assertThat(cumulative.ballots()).hasSize(1);
        assertThat(cumulative.ballots().get(0).weight()).isEqualTo(2);
        assertThat(Arrays.stream(cumulative.ballots().get(0).points()).sum()).isEqualTo(4);

        for (String type : new String[] {"approval", "choose-1", "scoring", "cumulative", "ordinal"}) {
            Election e = Elections.build(type, 10, "", "a:1", type.equals("scoring") || type.equals("cumulative")
                    ? new String[] {"2"} : null, "a");
            assertThat(e.voteType().pabulibName()).isEqualTo(type);
        }
    }

    @Test
    void aVoteForAnUnknownProjectStopsTheReadWithItsLine() {
        String text = "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\na;10\n"
                + "VOTES\nvoter_id;vote\n1;a\n2;a,zz\n";
        assertThatThrownBy(() -> ElectionReader.read(new StringReader(text)))
                .isInstanceOf(PbFormatException.class)
                .hasMessage("line 11: vote for unknown project zz");
    }

    @Test
    void unreadableFilesNameTheLine() {
        assertThatThrownBy(() -> Elections.parse("META\nkey;value\nbudget;lots\nvote_type;approval\nPROJECTS\n"
                + "project_id;cost\na;1\nVOTES\nvoter_id;vote\n"))
                .hasMessage("line 3: the budget 'lots' is not a number");
        assertThatThrownBy(() -> Elections.parse("META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\n"
                + "project_id;cost\na;ten\nVOTES\nvoter_id;vote\n"))
                .hasMessage("line 7: the cost 'ten' of project a is not a number");
        assertThatThrownBy(() -> Elections.parse("hello\n")).hasMessage("line 1: the file must start with a META line");
        assertThatThrownBy(() -> Elections.parse("META\nkey;value\nbudget;10\n"))
                .hasMessageStartingWith("line 3: the file ends before its PROJECTS section");
        // Extra values beyond the header are ignored, as Pabulib's own tools do, with a warning.
        Election extra = Elections.parse("META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\n"
                + "project_id;cost\na;1;x;y\nVOTES\nvoter_id;vote\n1;a;z\n");
        assertThat(extra.warnings()).extracting(Object::toString).containsExactly(
                "line 7: this row has 4 fields but the PROJECTS header names 2; the extra ones are ignored",
                "line 10: this row has 3 fields but the VOTES header names 2; the extra ones are ignored");
        assertThat(extra.voters()).isEqualTo(1);
        assertThatThrownBy(() -> Elections.build("cumulative", 10, "", "a:1 b:1", new String[] {"3"}, "a,b"))
                .hasMessageEndingWith("the ballot lists 2 projects but 1 points");
    }
}

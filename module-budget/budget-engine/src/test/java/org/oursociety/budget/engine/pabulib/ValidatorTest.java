package org.oursociety.budget.engine.pabulib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.oursociety.budget.engine.Elections;

class ValidatorTest {
    static final List<String> FILES = Elections.REAL;

    private static final String HEAD = "META\nkey;value\ndescription;d\ncountry;c\nunit;u\ninstance;2024\n";

    private static List<String> problems(String text) {
        return Validator.validate(new StringReader(text)).stream().map(Problem::toString).toList();
    }

    @ParameterizedTest
    @FieldSource("FILES")
    void theRealElectionsAreValid(String file) {
        assertThat(Validator.validate(Elections.real(file))).isEmpty();
    }

    @Test
    void listsEveryProblemWithItsLine() {
        String text = HEAD                                   // lines 1-6
                + "num_projects;3\n"                         // 7
                + "num_votes;5\n"                            // 8
                + "budget;100\n"                             // 9
                + "vote_type;cumulative\n"                   // 10
                + "rule;greedy\n"                            // 11
                + "date_begin;1.1.2024\n"                    // 12
                + "min_length;1\n"                           // 13
                + "max_length;2\n"                           // 14
                + "max_sum_points;5\n"                       // 15
                + "PROJECTS\n"                               // 16
                + "project_id;cost\n"                        // 17
                + "a;10\n"                                   // 18
                + "a;20\n"                                   // 19
                + "VOTES\n"                                  // 20
                + "voter_id;vote;points\n"                   // 21
                + "1;a;3\n"                                  // 22 fine
                + "1;a;2\n"                                  // 23 duplicate voter
                + "3;zz;1\n"                                 // 24 unknown project
                + "4;a,a;1,1\n"                              // 25 twice in a ballot
                + "5;;\n"                                    // 26 shorter than min_length
                + "6;a,a,a;1,1,1\n"                          // 27 longer than max_length (and twice)
                + "7;a;9\n";                                 // 28 over max_sum_points
        assertThat(problems(text)).containsExactly(
                "line 1: META lacks the required key date_end",
                "line 7: META num_projects is 3 but PROJECTS lists 2",
                "line 8: META num_votes is 5 but VOTES lists 7",
                "line 19: duplicate project id a",
                "line 23: duplicate voter id 1",
                "line 24: vote for unknown project zz",
                "line 25: project a appears twice in this ballot",
                "line 26: the ballot lists 0 projects, fewer than min_length 1",
                "line 27: project a appears twice in this ballot",
                "line 27: project a appears twice in this ballot",
                "line 27: the ballot lists 3 projects, more than max_length 2",
                "line 28: the ballot gives 9 points, more than max_sum_points 5");
    }

    @Test
    void aValidSmallFileHasNoProblems() {
        String text = HEAD + "num_projects;1\nnum_votes;1\nbudget;100\nvote_type;approval\nrule;greedy\n"
                + "date_begin;1\ndate_end;2\nPROJECTS\nproject_id;cost\na;10\nVOTES\nvoter_id;vote\n1;a\n";
        assertThat(problems(text)).isEmpty();
    }
}

package org.oursociety.budget.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.oursociety.budget.engine.election.Election;
import org.oursociety.budget.engine.pabulib.DocumentReader;
import org.oursociety.budget.engine.pabulib.ElectionReader;
import org.oursociety.budget.engine.pabulib.PbDocument;
import org.oursociety.budget.engine.rules.Counter;
import org.oursociety.budget.engine.rules.Fraction;
import org.oursociety.budget.engine.rules.Outcome;
import org.oursociety.budget.engine.rules.ProjectResult;
import org.oursociety.budget.engine.rules.TieBreak;

/** The official results of eight real elections, recounted from their ballots. */
class RealElectionsTest {
    static final List<String> FILES = Elections.REAL;

    @ParameterizedTest
    @FieldSource("FILES")
    void reproducesTheOfficialSelectionWithTheDeclaredRule(String file) {
        Election e = ElectionReader.read(Elections.real(file));
        Outcome outcome = Counter.count(e, TieBreak.DEFAULT);

        assertThat(new HashSet<>(Elections.ids(e, outcome))).isEqualTo(officiallySelected(file));
        assertThat(outcome.rule()).isEqualTo(e.declaredRule());
    }

    @ParameterizedTest
    @FieldSource("FILES")
    void scoresMatchTheFilesOwnVotesAndScoreColumns(String file) {
        PbDocument doc = DocumentReader.read(Elections.real(file));
        Election e = ElectionReader.read(Elections.real(file));
        Outcome outcome = Counter.count(e, TieBreak.DEFAULT);
        int id = doc.projectColumns().indexOf("project_id");
        int votes = doc.projectColumns().indexOf("votes");
        int score = doc.projectColumns().indexOf("score");
        for (List<String> row : doc.projectRows()) {
            ProjectResult r = outcome.projects().get(e.project(row.get(id)).orElseThrow().index());
            if (votes >= 0) {
                assertThat(r.votes()).as("votes of " + row.get(id)).isEqualTo(Long.parseLong(row.get(votes)));
            }
            if (score >= 0) {
                assertThat(r.score()).as("score of " + row.get(id)).isEqualTo(Long.parseLong(row.get(score)));
            }
        }
    }

    @Test
    void wieliczkaFundsThirtyProjectsFor995079AtThePerVoterBudgetAdd1SettledOn() {
        Election e = ElectionReader.read(Elections.real("Poland_Wieliczka_2023_Green_Budget.pb"));
        Outcome outcome = Counter.count(e, TieBreak.DEFAULT);

        assertThat(outcome.selected()).hasSize(30);
        assertThat(outcome.selected().stream().mapToLong(p -> e.project(p).cost()).sum()).isEqualTo(995_079);
        assertThat(outcome.equalShares().perVoterBudget()).isEqualTo(Fraction.of(315));
        assertThat(outcome.equalShares().raised()).isTrue();
        assertThat(outcome.equalShares().comparison().greedyStands()).isFalse();
        assertThat(outcome.equalShares().comparison().preferEqualShares()).isEqualTo(1615);
        assertThat(Elections.reason(e, outcome, "24")).startsWith("funded in round 1 of Equal Shares");
        assertThat(Elections.reason(e, outcome, "21")).matches("its supporters held only [0-9.]+ of its cost 100000 under Equal Shares");
    }

    private static Set<String> officiallySelected(String file) {
        PbDocument doc = DocumentReader.read(Elections.real(file));
        int id = doc.projectColumns().indexOf("project_id");
        int selected = doc.projectColumns().indexOf("selected");
        Set<String> ids = new HashSet<>();
        for (List<String> row : doc.projectRows()) {
            if (row.get(selected).equals("1")) {
                ids.add(row.get(id));
            }
        }
        assertThat(ids).as("the file marks some projects selected").isNotEmpty();
        return ids;
    }
}

package org.oursociety.budget.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oursociety.budget.engine.election.Election;
import org.oursociety.budget.engine.election.VoteType;
import org.oursociety.budget.engine.rules.Explanation;
import org.oursociety.budget.engine.rules.Rule;
import org.oursociety.budget.engine.rules.RuleName;

/** The entry point a web module calls: build or read, count under a rule name, read the result by id. */
class BudgetEngineTest {
    private static Election parkAndLibrary() {
        var b = BudgetEngine.election(VoteType.APPROVAL, new BigDecimal("1000"))
                .project("park", new BigDecimal("600"), "Park")
                .project("library", new BigDecimal("400"), "Library")
                .project("pool", new BigDecimal("300"), "Pool");
        for (int i = 0; i < 7; i++) {
            b.ballot("park", "library");
        }
        for (int i = 0; i < 3; i++) {
            b.ballot("pool");
        }
        return b.build();
    }

    @Test
    void anElectionBuiltInMemoryCountsUnderARuleNameWithResultsById() {
        Result r = BudgetEngine.count(parkAndLibrary(), "equalshares/add1");

        assertThat(r.rule()).isEqualTo("equalshares/add1");
        assertThat(r.funded()).containsExactly("library", "pool");
        assertThat(r.spent()).isEqualByComparingTo("700");
        assertThat(r.budget()).isEqualByComparingTo("1000");
        assertThat(r.voters()).isEqualTo(10);
        assertThat(r.votersWithFundedProject()).isEqualTo(10);
        assertThat(r.project("park").orElseThrow().explanation()).isInstanceOf(Explanation.EqualSharesNotFunded.class);
        assertThat(r.project("park").orElseThrow().name()).isEqualTo("Park");
        assertThat(r.equalShares().raised()).isTrue();
        assertThat(r.warnings()).isEmpty();

        Result greedy = BudgetEngine.count(parkAndLibrary(), "greedy");
        assertThat(greedy.funded()).containsExactly("library", "park");
        assertThat(greedy.equalShares()).isNull();
    }

    @Test
    void aResultSurvivesSerializationSoAViewScopedPageMayHoldIt() throws Exception {
        Result r = BudgetEngine.count(parkAndLibrary(), "equalshares/add1");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(r);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            Result back = (Result) in.readObject();
            assertThat(back).isEqualTo(r);
            assertThat(back.equalShares().perVoterBudget()).isEqualTo(r.equalShares().perVoterBudget());
        }
    }

    @Test
    void pointsBallotsAndPenceAreBuiltExactly() {
        Map<String, Long> first = new LinkedHashMap<>();
        first.put("a", 3L);
        first.put("b", 1L);
        Election e = BudgetEngine.election(VoteType.CUMULATIVE, new BigDecimal("100.50"))
                .project("a", new BigDecimal("60.25"), "A").project("b", 40)
                .ballot(first).ballot(Map.of("b", 4L)).build();

        assertThat(e.moneyScale()).isEqualTo(2);
        Result r = BudgetEngine.count(e, Rule.greedy());
        assertThat(r.project("a").orElseThrow().score()).isEqualTo(3);
        assertThat(r.project("b").orElseThrow().score()).isEqualTo(5);
        assertThat(r.funded()).containsExactly("b", "a");
        assertThat(r.spent()).isEqualByComparingTo("100.25");
    }

    @Test
    void badBallotsAndUnknownRulesAreRefusedClearly() {
        var b = BudgetEngine.election(VoteType.APPROVAL, BigDecimal.TEN).project("a", 5);
        assertThatThrownBy(() -> b.ballot("a", "a")).hasMessage("a ballot names project a twice");
        assertThatThrownBy(() -> b.ballot("z")).hasMessage("a ballot names unknown project z");
        assertThatThrownBy(() -> BudgetEngine.count(b.build(), "dictator")).hasMessage("unknown rule 'dictator'");
    }

    @Test
    void everyDocumentedRuleNameHasNamedOptionsThatGiveTheNameBack() {
        for (RuleName name : RuleName.values()) {
            assertThat(name.rule().name()).isEqualTo(name.pabulibName());
            assertThat(Rule.named(name.pabulibName())).contains(name.rule());
        }
        assertThat(Rule.equalSharesAdd1()).isEqualTo(new Rule.EqualShares(true, false, false));
        assertThat(Rule.named("mes")).contains(Rule.equalShares());
        assertThat(Rule.named("equalshares-comparison")).contains(new Rule.EqualShares(false, false, true));
        assertThatThrownBy(() -> new Rule.EqualShares(true, true, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRealFileReadsAndCountsWithTheRuleItDeclares() {
        Election e = BudgetEngine.read(Elections.real("Poland_Wieliczka_2023_Green_Budget.pb"));
        Result r = BudgetEngine.count(e, e.declaredRule());

        assertThat(r.funded()).hasSize(30).startsWith("24", "41");
        assertThat(r.spent()).isEqualByComparingTo("995079");
    }
}

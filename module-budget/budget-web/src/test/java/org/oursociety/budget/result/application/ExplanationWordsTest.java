package org.oursociety.budget.result.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oursociety.budget.result.domain.Explanation;

class ExplanationWordsTest {

    private static final Map<String, String> TITLES = Map.of("12", "Pocket park", "13", "Street lights");

    private static Explanation of(String kind, String... facts) {
        Map<String, String> f = new LinkedHashMap<>();
        for (int i = 0; i + 1 < facts.length; i += 2) {
            f.put(facts[i], facts[i + 1]);
        }
        return new Explanation(kind, f);
    }

    @Test
    void equalSharesSaysTheRoundAndWhatEachSupporterPaidInPounds() {
        String words = ExplanationWords.say(of("equalshares.funded", "round", "2", "supporters", "120", "short", "3",
                "price", "41.67", "perPoint", "false", "paidByShort", "60.5", "cost", "5000"), Locale.ENGLISH, TITLES);
        assertThat(words).isEqualTo("Funded in round 2 of Equal Shares: each of its 120 supporters paid £41.67 towards"
                + " it from their equal share. 3 of them had less than that left and paid all they had, £60.50 between them.");
    }

    @Test
    void aProjectLeftOutSaysWhenItsSupportersMoneyRanOutWhereItWentAndANearMiss() {
        String words = ExplanationWords.say(of("equalshares.not-funded", "supporters", "40", "cost", "9000",
                "heldAtStart", "9500", "heldAtEnd", "8200", "nearMiss", "true", "shortfall", "800", "ranOutRound", "1",
                "ranOutAfter", "12", "heldBefore", "9500", "heldAfter", "8200", "spentOn", "12:1300"), Locale.ENGLISH, TITLES);
        assertThat(words).contains("its 40 supporters started with £9,500.00", "cost of £9,000", "In round 1",
                "\"Pocket park\"", "left with £8,200.00", "Their money went to: \"Pocket park\" (£1,300.00).",
                "A near miss");
    }

    @Test
    void welshReadersGetWelshWordsAndTheRaisedShareIsExplained() {
        String words = ExplanationWords.say(of("no-supporters"), Locale.forLanguageTag("cy"), TITLES);
        assertThat(words).isEqualTo("Heb ei ariannu: ni phleidleisiodd neb drosto.");
        String shares = ExplanationWords.shares(new java.math.BigDecimal("250"), new java.math.BigDecimal("262"),
                new java.math.BigDecimal("100400"), 400, 100_000, Locale.ENGLISH);
        assertThat(shares).contains("£250.00", "divided by 400 voters", "£262.00", "£100,400");
        assertThat(ExplanationWords.say(of("greedy.did-not-fit", "position", "3", "left", "700", "cost", "900"),
                Locale.forLanguageTag("cy"), TITLES)).contains("rhif 3", "£700", "£900");
    }
}

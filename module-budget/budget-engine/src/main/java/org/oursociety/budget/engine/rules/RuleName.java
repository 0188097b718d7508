package org.oursociety.budget.engine.rules;

import java.util.Locale;
import java.util.Optional;

/** The counting rules, by the names Pabulib files use in META rule; {@link #rule()} gives the options. */
public enum RuleName {
    GREEDY("greedy"),
    GREEDY_THRESHOLD("greedy-threshold"),
    GREEDY_NO_SKIP("greedy-no-skip"),
    EQUAL_SHARES("equalshares"),
    EQUAL_SHARES_COMPARISON("equalshares-comparison"),
    EQUAL_SHARES_ADD1("equalshares/add1"),
    EQUAL_SHARES_ADD1_COMPARISON("equalshares/add1-comparison"),
    /** Equal Shares, then greedy completion of what it left unspent. */
    EQUAL_SHARES_GREEDY("equalshares/greedy"),
    EQUAL_SHARES_ADD1_GREEDY("equalshares/add1/greedy"),
    PHRAGMEN("phragmen");

    private final String pabulibName;

    RuleName(String pabulibName) {
        this.pabulibName = pabulibName;
    }

    public String pabulibName() {
        return pabulibName;
    }

    /** The rule with its options named. */
    public Rule rule() {
        return switch (this) {
            case GREEDY -> Rule.greedy();
            case GREEDY_THRESHOLD -> Rule.greedyThreshold();
            case GREEDY_NO_SKIP -> Rule.greedyNoSkip();
            case EQUAL_SHARES -> Rule.equalShares();
            case EQUAL_SHARES_COMPARISON -> Rule.equalSharesComparison();
            case EQUAL_SHARES_ADD1 -> Rule.equalSharesAdd1();
            case EQUAL_SHARES_ADD1_COMPARISON -> Rule.equalSharesAdd1Comparison();
            case EQUAL_SHARES_GREEDY -> Rule.equalSharesGreedy();
            case EQUAL_SHARES_ADD1_GREEDY -> Rule.equalSharesAdd1Greedy();
            case PHRAGMEN -> Rule.phragmen();
        };
    }

    public static Optional<RuleName> parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        switch (n) {
            case "mes", "equal-shares", "equal_shares" -> n = "equalshares";
            case "seq-phragmen", "sequential-phragmen", "phragmén" -> n = "phragmen";
            default -> {
            }
        }
        for (RuleName r : values()) {
            if (r.pabulibName.equals(n)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public static String known() {
        StringBuilder sb = new StringBuilder();
        for (RuleName r : values()) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(r.pabulibName);
        }
        return sb.toString();
    }
}

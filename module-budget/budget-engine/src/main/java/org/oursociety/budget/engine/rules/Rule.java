package org.oursociety.budget.engine.rules;

import java.util.Optional;

/**
 * A counting rule with its options named, one static factory per rule name in
 * docs/budget-engine.md: {@code Rule.equalSharesAdd1()} is {@code equalshares/add1}, and
 * {@link #named(String)} reads any of those names. {@link #name()} gives the name back, as a
 * Pabulib file's META {@code rule} writes it.
 */
public sealed interface Rule extends java.io.Serializable permits Rule.Greedy, Rule.EqualShares, Rule.Phragmen {

    /** The rule's name as Pabulib files and the command line write it. */
    String name();

    /**
     * Greedy by score.
     *
     * @param threshold only projects whose score reaches META {@code min_project_score_threshold},
     *                  which the file must then give ({@code greedy-threshold})
     * @param noSkip    stop at the first project that does not fit; the file's threshold applies
     *                  where it gives one ({@code greedy-no-skip})
     */
    record Greedy(boolean threshold, boolean noSkip) implements Rule {
        @Override
        public String name() {
            return noSkip ? "greedy-no-skip" : threshold ? "greedy-threshold" : "greedy";
        }

        public Greedy {
            if (threshold && noSkip) {
                throw new IllegalArgumentException("greedy-no-skip applies the file's threshold where it gives one");
            }
        }
    }

    /**
     * The Method of Equal Shares.
     *
     * @param add1             raise each voter's share by one unit at a time while the outcome
     *                         stays within the budget ({@code /add1})
     * @param greedyCompletion spend what Equal Shares left by greedy ({@code /greedy})
     * @param comparison       equalshares.net's comparison step: greedy's outcome stands when
     *                         more voters prefer it ({@code -comparison})
     */
    record EqualShares(boolean add1, boolean greedyCompletion, boolean comparison) implements Rule {
        public EqualShares {
            if (comparison && greedyCompletion) {
                throw new IllegalArgumentException("the comparison step and greedy completion do not go together");
            }
        }

        @Override
        public String name() {
            return "equalshares" + (add1 ? "/add1" : "") + (comparison ? "-comparison" : "")
                    + (greedyCompletion ? "/greedy" : "");
        }
    }

    /** Sequential Phragmén with costs. */
    record Phragmen() implements Rule {
        @Override
        public String name() {
            return "phragmen";
        }
    }

    /** {@code greedy}: highest score first; fund each project that still fits. */
    static Rule greedy() {
        return new Greedy(false, false);
    }

    /** {@code greedy-threshold}: as greedy, only projects scoring at least min_project_score_threshold. */
    static Rule greedyThreshold() {
        return new Greedy(true, false);
    }

    /** {@code greedy-no-skip}: as greedy (threshold where given), stop at the first project that does not fit. */
    static Rule greedyNoSkip() {
        return new Greedy(false, true);
    }

    /** {@code equalshares}: Equal Shares with budget ÷ voters each. */
    static Rule equalShares() {
        return new EqualShares(false, false, false);
    }

    /** {@code equalshares/add1}: Equal Shares, each voter's share raised while the outcome fits the budget. */
    static Rule equalSharesAdd1() {
        return new EqualShares(true, false, false);
    }

    /** {@code equalshares/add1-comparison}: add1, then equalshares.net's comparison with greedy. */
    static Rule equalSharesAdd1Comparison() {
        return new EqualShares(true, false, true);
    }

    /** {@code equalshares-comparison}: Equal Shares, then equalshares.net's comparison with greedy. */
    static Rule equalSharesComparison() {
        return new EqualShares(false, false, true);
    }

    /** {@code equalshares/greedy}: Equal Shares, then greedy spends what it left. */
    static Rule equalSharesGreedy() {
        return new EqualShares(false, true, false);
    }

    /** {@code equalshares/add1/greedy}: add1, then greedy spends what it left. */
    static Rule equalSharesAdd1Greedy() {
        return new EqualShares(true, true, false);
    }

    /** {@code phragmen}: sequential Phragmén. */
    static Rule phragmen() {
        return new Phragmen();
    }

    /** The rule a documented name (or a common alias such as {@code mes}) stands for. */
    static Optional<Rule> named(String name) {
        return RuleName.parse(name).map(RuleName::rule);
    }
}

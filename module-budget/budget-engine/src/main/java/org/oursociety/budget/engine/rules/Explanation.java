package org.oursociety.budget.engine.rules;

import java.util.List;

/**
 * Why a rule funded a project or not, as a kind and its numbers: no sentence in any
 * language. The command line words it in English ({@code explain.English}); the budget
 * module words it in the resident's language. Amounts of money are exact {@link Fraction}s in
 * the election's currency units (pounds, złoty), to be rounded only when shown; project ids
 * are the election's ids. {@link #kind()} is a stable name, fit for a message key.
 */
public sealed interface Explanation extends java.io.Serializable {

    /** A stable name of the kind, e.g. {@code equalshares.funded}. */
    String kind();

    /** Whether the project was funded. */
    boolean funded();

    /** Nobody voted for the project (or gave it a point). */
    record NoSupporters() implements Explanation {
        @Override
        public String kind() {
            return "no-supporters";
        }

        @Override
        public boolean funded() {
            return false;
        }
    }

    /** It costs more than the whole budget, so no rule can fund it. */
    record CostsMoreThanBudget(Fraction cost, Fraction budget) implements Explanation {
        @Override
        public String kind() {
            return "over-budget";
        }

        @Override
        public boolean funded() {
            return false;
        }
    }

    // ---- greedy: projects by score, highest first ----

    /**
     * Greedy funded it.
     *
     * @param position its place in greedy's order (1 = highest score)
     * @param left     money left when its turn came, before paying for it
     */
    record GreedyFunded(int position, Fraction left, Fraction cost) implements Explanation {
        @Override
        public String kind() {
            return "greedy.funded";
        }

        @Override
        public boolean funded() {
            return true;
        }
    }

    /** Its turn came with less money left than it costs. */
    record GreedyDidNotFit(int position, Fraction left, Fraction cost) implements Explanation {
        @Override
        public String kind() {
            return "greedy.did-not-fit";
        }

        @Override
        public boolean funded() {
            return false;
        }
    }

    /** greedy-no-skip stopped at {@code stoppedAt}, which did not fit, before its turn came. */
    record GreedyNotReached(int position, String stoppedAt) implements Explanation {
        @Override
        public String kind() {
            return "greedy.not-reached";
        }

        @Override
        public boolean funded() {
            return false;
        }
    }

    /** Its score is below the file's min_project_score_threshold. */
    record GreedyBelowThreshold(long score, long threshold) implements Explanation {
        @Override
        public String kind() {
            return "greedy.below-threshold";
        }

        @Override
        public boolean funded() {
            return false;
        }
    }

    // ---- Equal Shares ----

    /**
     * Equal Shares funded it in {@code round}. Each supporter who could afford it paid
     * {@code pricePerVote} (per point when {@code perPoint}: cumulative and scoring ballots);
     * {@code supportersShort} of them held less and paid all they had left, together
     * {@code paidByShort}. All payments add up to the cost exactly.
     *
     * @param supporters     how many voters voted for it
     * @param effectiveVotes cost ÷ pricePerVote: how many full payments the cost is worth
     *                       (equalshares.net's effective vote count; points when perPoint)
     */
    record EqualSharesFunded(int round, long supporters, long supportersShort, Fraction pricePerVote,
                             boolean perPoint, Fraction paidByShort, Fraction cost, Fraction effectiveVotes)
            implements Explanation {
        @Override
        public String kind() {
            return "equalshares.funded";
        }

        @Override
        public boolean funded() {
            return true;
        }

        /** What the supporters paid together: the cost. */
        public Fraction paidInTotal() {
            return cost;
        }

        /** The cost shared out over all its supporters. */
        public Fraction averagePaid() {
            return supporters == 0 ? Fraction.ZERO : cost.divide(supporters);
        }
    }

    /**
     * Equal Shares did not fund it: its supporters' money fell short of its cost.
     *
     * @param heldAtStart what its supporters held before the first round
     * @param ranOut      the round after which they no longer held its cost, or null when they
     *                    never did (their shares together were less than its cost from the start)
     * @param heldAtEnd   what they still held when Equal Shares ended
     * @param spentOn     what they paid towards each funded project, in funding order
     * @param nearMiss    when their money ran out (or at the start) they held at least
     *                    {@link #NEAR_MISS} of its cost
     * @param fundedAtNextShare add1 only: the run with the next higher share, which was not kept
     *                    because it spent more than the budget, funded it
     */
    record EqualSharesNotFunded(long supporters, Fraction cost, Fraction heldAtStart, RanOut ranOut,
                                Fraction heldAtEnd, List<Payment> spentOn, boolean nearMiss,
                                boolean fundedAtNextShare) implements Explanation {
        /** The share of its cost its supporters must still hold for a near miss: 90%. */
        public static final Fraction NEAR_MISS = Fraction.of(9, 10);

        public EqualSharesNotFunded {
            spentOn = List.copyOf(spentOn);
        }

        @Override
        public String kind() {
            return "equalshares.not-funded";
        }

        @Override
        public boolean funded() {
            return false;
        }

        /** How much they lacked when it dropped out of reach. */
        public Fraction shortfall() {
            return cost.subtract(ranOut == null ? heldAtStart : ranOut.heldAfter());
        }
    }

    /**
     * The round in which a project's supporters stopped holding its cost.
     *
     * @param after      the project funded in that round, which their money went to
     * @param heldBefore what they held before that round (enough)
     * @param heldAfter  what they held after it (not enough)
     */
    record RanOut(int round, String after, Fraction heldBefore, Fraction heldAfter) implements java.io.Serializable {
    }

    /** What a project's supporters paid together towards a funded project. */
    record Payment(String project, int round, Fraction amount) implements java.io.Serializable {
    }

    /**
     * Greedy completion funded it after Equal Shares, from the money Equal Shares left.
     *
     * @param equalShares why Equal Shares itself did not fund it
     */
    record CompletionFunded(Fraction left, Fraction cost, Explanation equalShares) implements Explanation {
        @Override
        public String kind() {
            return "completion.funded";
        }

        @Override
        public boolean funded() {
            return true;
        }
    }

    /** Neither Equal Shares nor the greedy completion after it could fund it. */
    record CompletionDidNotFit(Fraction left, Fraction cost, Explanation equalShares) implements Explanation {
        @Override
        public String kind() {
            return "completion.did-not-fit";
        }

        @Override
        public boolean funded() {
            return false;
        }
    }

    // ---- sequential Phragmén ----

    /** Phragmén funded it in {@code round}; its supporters' load rose to {@code load}. */
    record PhragmenFunded(int round, Fraction load) implements Explanation {
        @Override
        public String kind() {
            return "phragmen.funded";
        }

        @Override
        public boolean funded() {
            return true;
        }
    }

    /** After {@code round} rounds only {@code left} remained, less than it costs. */
    record PhragmenDidNotFit(int round, Fraction left, Fraction cost) implements Explanation {
        @Override
        public String kind() {
            return "phragmen.did-not-fit";
        }

        @Override
        public boolean funded() {
            return false;
        }
    }
}

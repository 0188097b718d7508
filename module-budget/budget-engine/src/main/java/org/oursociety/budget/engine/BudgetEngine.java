package org.oursociety.budget.engine;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;

import org.oursociety.budget.engine.election.Election;
import org.oursociety.budget.engine.election.ElectionBuilder;
import org.oursociety.budget.engine.election.VoteType;
import org.oursociety.budget.engine.pabulib.ElectionReader;
import org.oursociety.budget.engine.rules.Counter;
import org.oursociety.budget.engine.rules.Rule;
import org.oursociety.budget.engine.rules.RuleException;
import org.oursociety.budget.engine.rules.TieBreak;

/**
 * The engine in three calls, for a program that embeds it (the budget module does): read a
 * Pabulib file or build an election in memory, then count it under a rule name.
 *
 * <pre>{@code
 * Election e = BudgetEngine.election(VoteType.APPROVAL, new BigDecimal("50000"))
 *         .project("17", new BigDecimal("12000"), "Benches in the park")
 *         .project("18", new BigDecimal("30000"), "Play area")
 *         .ballot("17", "18").ballot("18")
 *         .build();
 * Result r = BudgetEngine.count(e, "equalshares/add1");
 * r.funded();                                        // ids in funding order
 * r.project("17").orElseThrow().explanation();       // why, as structured values
 * }</pre>
 *
 * The command line ({@code java -jar budget-engine.jar count}) runs the same code.
 */
public final class BudgetEngine {
    private BudgetEngine() {
    }

    /**
     * Reads a Pabulib file for counting. What the reader worked around is in
     * {@link Election#warnings()}.
     *
     * @throws org.oursociety.budget.engine.pabulib.PbFormatException when the file cannot be
     *         counted, with the line and the reason
     * @throws java.io.UncheckedIOException when the file cannot be read at all
     */
    public static Election read(Path file) {
        return ElectionReader.read(file);
    }

    /** Reads Pabulib text already decoded. */
    public static Election read(Reader text) {
        return ElectionReader.read(text);
    }

    /** Starts an election in memory from project ids, costs and ballots. */
    public static ElectionBuilder election(VoteType voteType, BigDecimal budget) {
        return Election.builder(voteType, budget);
    }

    /**
     * Counts under a documented rule name such as {@code equalshares/add1} or {@code greedy},
     * with the default tie-break (lower cost, then more votes, then the lower id).
     *
     * @throws IllegalArgumentException for a name the engine does not know
     * @throws RuleException when the election lacks what the rule needs (a threshold)
     */
    public static Result count(Election e, String rule) {
        Rule r = Rule.named(rule).orElseThrow(() -> new IllegalArgumentException("unknown rule '" + rule + "'"));
        return count(e, r, TieBreak.DEFAULT);
    }

    public static Result count(Election e, Rule rule) {
        return count(e, rule, TieBreak.DEFAULT);
    }

    public static Result count(Election e, Rule rule, TieBreak tieBreak) {
        return Result.of(e, Counter.count(e, rule, tieBreak));
    }
}

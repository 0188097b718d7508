package org.oursociety.budget.result.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.oursociety.budget.platform.Sql;
import org.oursociety.budget.result.domain.Explanation;
import org.oursociety.budget.result.domain.ShareNote;

/** {@code budget.result} and {@code budget.result_project}: a round's stored count and its file. */
public class ResultStore {

    /** The stored count's header. */
    public record Stored(long roundId, String rule, Instant countedAt, long spent, long voters, long votersWithFunded,
                         String sha256, ShareNote shares) {
    }

    /** One project's stored outcome. */
    public record StoredProject(long proposalId, long votes, boolean funded, Integer order, Explanation explanation) {
    }

    private final Sql sql;

    public ResultStore(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    public void save(Stored result, String pabulib, List<StoredProject> projects) {
        ShareNote shares = result.shares();
        sql.update("insert into budget.result (round_id, rule, counted_at, spent, voters, voters_with_funded, pabulib,"
                        + " sha256, starting_share, per_voter_share, next_run_cost) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                result.roundId(), result.rule(), result.countedAt(), result.spent(), (int) result.voters(),
                (int) result.votersWithFunded(), pabulib, result.sha256(), shares == null ? null : shares.startingShare(),
                shares == null ? null : shares.perVoterShare(), shares == null ? null : shares.nextRunCost());
        for (StoredProject p : projects) {
            sql.update("insert into budget.result_project (round_id, proposal_id, votes, score, funded, funded_order,"
                            + " explanation) values (?, ?, ?, ?, ?, ?, ?)", result.roundId(), p.proposalId(), p.votes(),
                    p.votes(), p.funded(), p.order(), p.explanation().encode());
        }
    }

    public Optional<Stored> find(long roundId) {
        return sql.one("select round_id, rule, counted_at, spent, voters, voters_with_funded, sha256, starting_share,"
                + " per_voter_share, next_run_cost from budget.result where round_id = ?", row -> new Stored(row.getLong(1),
                row.getString(2), Sql.instant(row, "counted_at"), row.getLong(4), row.getLong(5), row.getLong(6),
                row.getString(7), row.getBigDecimal(8) == null ? null : new ShareNote(row.getBigDecimal(8),
                row.getBigDecimal(9), row.getBigDecimal(10))), roundId);
    }

    public List<StoredProject> projects(long roundId) {
        return sql.list("select proposal_id, votes, funded, funded_order, explanation from budget.result_project"
                + " where round_id = ? order by proposal_id", row -> new StoredProject(row.getLong(1), row.getLong(2),
                row.getBoolean(3), Sql.intOrNull(row, "funded_order"), Explanation.decode(row.getString(5))), roundId);
    }

    public Optional<String> pabulib(long roundId) {
        return sql.one("select pabulib from budget.result where round_id = ?", row -> row.getString(1), roundId);
    }
}

package org.oursociety.budget.round.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.budget.platform.Sql;
import org.oursociety.budget.round.domain.BallotKind;
import org.oursociety.budget.round.domain.BallotRules;
import org.oursociety.budget.round.domain.Phase;
import org.oursociety.budget.round.domain.PhaseDates;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.portal.api.text.RenderedText;

/** {@code budget.round}. {@link #lock} takes the row for the transaction, so phase changes and ballots are serialised. */
public class RoundStore {

    private static final String COLUMNS = "id, area_slug, parent_id, title, description_source, description_html, budget,"
            + " rule, ballot_kind, ballot_min, ballot_max, ballot_points, phase, proposals_at, review_at, voting_at,"
            + " results_at, phase_changed_at, imported";

    /** The advisory-lock class of budget rounds ("budg"); the round id is the second key. */
    private static final int ROUND_LOCKS = 0x62756467;

    private final Sql sql;

    public RoundStore(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    public long insert(Round round, UUID createdBy, Instant now) {
        return sql.one("insert into budget.round (area_slug, parent_id, title, description_source, description_html,"
                        + " budget, rule, ballot_kind, ballot_min, ballot_max, ballot_points, phase, proposals_at,"
                        + " review_at, voting_at, results_at, phase_changed_at, imported, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
                row -> row.getLong(1), round.areaSlug(), round.parentId().orElse(null), round.title(),
                round.description().source(), round.description().html(), round.budget(), round.rule(),
                round.ballot().kind().id(), round.ballot().min(), round.ballot().max(), round.ballot().points(),
                round.phase().id(), round.dates().proposals(), round.dates().review(), round.dates().voting(),
                round.dates().results(), round.phaseChangedAt(), round.imported(), createdBy, now).orElseThrow();
    }

    public Optional<Round> find(long id) {
        return sql.one("select " + COLUMNS + " from budget.round where id = ?", RoundStore::round, id);
    }

    /**
     * The round, its row locked until the transaction ends, after the ballots in flight (holders of
     * {@link #share}) have finished.
     */
    public Optional<Round> lock(long id) {
        sql.one("select 1 from (select pg_advisory_xact_lock(?, ?)) l", row -> 1, ROUND_LOCKS, (int) id);
        return sql.one("select " + COLUMNS + " from budget.round where id = ? for update", RoundStore::round, id);
    }

    /**
     * The round, read under a shared lock held until the transaction ends: ballots take this, so a move
     * to results ({@link #lock}) waits for the ballots in flight, and a ballot that comes after it sees
     * the new phase. An advisory lock rather than {@code select ... for share}: many transactions
     * share-locking one row make PostgreSQL write a new multixact onto it for each, which serialised the
     * ballots of a busy round. The round is read after the lock is granted, so it is never older than
     * a phase move that finished first.
     */
    public Optional<Round> share(long id) {
        sql.one("select 1 from (select pg_advisory_xact_lock_shared(?, ?)) l", row -> 1, ROUND_LOCKS, (int) id);
        return find(id);
    }

    /**
     * {@link #share} in one round trip, for ballots: the lock and the row in one statement. The row may be
     * older than a phase move that committed while this statement waited for the lock (its snapshot is
     * taken when it starts), so whoever writes under this lock checks the phase again in a statement of
     * its own, which sees every move that finished first ({@code BallotStore.castReplacing} does). Phase
     * moves wait for this lock, so none can happen between that check and the commit.
     *
     * <p>The same statement says whether the round holds any paper ballot (a partial index, so it costs a
     * probe): only then can an online voter have voted on paper already, so only then is it worth reading
     * their voting codes.
     */
    public Optional<ForBallot> shareForBallot(long id) {
        return sql.one("select " + COLUMNS + ", exists (select 1 from budget.ballot b where b.round_id = r.id"
                        + " and b.channel = 'paper') as paper from budget.round r, pg_advisory_xact_lock_shared(?, ?)"
                        + " where r.id = ?",
                row -> new ForBallot(round(row), row.getBoolean("paper")), ROUND_LOCKS, (int) id, id);
    }

    /** The round as a ballot reads it under its shared lock, and whether it has paper ballots. */
    public record ForBallot(Round round, boolean paperBallots) {
    }

    public List<Round> inArea(String areaSlug) {
        return sql.list("select " + COLUMNS + " from budget.round where area_slug = ? order by created_at desc, id desc",
                RoundStore::round, areaSlug);
    }

    public List<Round> children(long parentId) {
        return sql.list("select " + COLUMNS + " from budget.round where parent_id = ? order by id", RoundStore::round,
                parentId);
    }

    /** Ids of rounds whose next phase has a start date that has passed. */
    public List<Long> dueByDate(Instant now) {
        return sql.list("select id from budget.round where (phase = 'draft' and proposals_at <= ?)"
                + " or (phase = 'proposals' and review_at <= ?) or (phase = 'review' and voting_at <= ?)"
                + " or (phase = 'voting' and results_at <= ?)", row -> row.getLong(1), now, now, now, now);
    }

    public void savePhase(Round round) {
        sql.update("update budget.round set phase = ?, phase_changed_at = ? where id = ?", round.phase().id(),
                round.phaseChangedAt(), round.id());
    }

    public void saveDates(long id, PhaseDates dates) {
        sql.update("update budget.round set proposals_at = ?, review_at = ?, voting_at = ?, results_at = ? where id = ?",
                dates.proposals(), dates.review(), dates.voting(), dates.results(), id);
    }

    public List<Round> createdBy(UUID userId) {
        return sql.list("select " + COLUMNS + " from budget.round where created_by = ?", RoundStore::round, userId);
    }

    static Round round(ResultSet row) throws SQLException {
        BallotRules ballot = new BallotRules(BallotKind.byId(row.getString("ballot_kind")).orElseThrow(),
                row.getInt("ballot_min"), Sql.intOrNull(row, "ballot_max"), Sql.intOrNull(row, "ballot_points"));
        return new Round(row.getLong("id"), row.getString("area_slug"), Sql.longOrNull(row, "parent_id"),
                row.getString("title"), new RenderedText(row.getString("description_source"),
                row.getString("description_html")), row.getLong("budget"), row.getString("rule"), ballot,
                Phase.byId(row.getString("phase")).orElseThrow(), new PhaseDates(Sql.instant(row, "proposals_at"),
                Sql.instant(row, "review_at"), Sql.instant(row, "voting_at"), Sql.instant(row, "results_at")),
                Sql.instant(row, "phase_changed_at"), row.getBoolean("imported"));
    }
}

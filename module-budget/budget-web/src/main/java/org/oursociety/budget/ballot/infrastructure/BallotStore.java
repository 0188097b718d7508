package org.oursociety.budget.ballot.infrastructure;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.oursociety.budget.ballot.domain.BallotChoice;
import org.oursociety.budget.ballot.domain.CastBallot;
import org.oursociety.budget.ballot.domain.Channel;
import org.oursociety.budget.platform.Sql;

/**
 * {@code budget.ballot}: one row per person and round (its primary key). Casting is one upsert, so two
 * ballots of the same person at once leave exactly one row, the later one; a ballot never replaces one
 * that came by the other channel, so nobody votes both online and on paper.
 */
public class BallotStore {

    private final Sql sql;

    public BallotStore(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /**
     * Stores the person's ballot, replacing their earlier online one.
     *
     * @param newVoterId the receipt to use if this is the person's first ballot in the round
     * @return the receipt (the first ballot's voter id is kept), or empty when the person already has a
     *         ballot that this one may not replace (a paper ballot, or any ballot when entering paper)
     */
    public Optional<String> cast(long roundId, UUID userId, String newVoterId, Channel channel, BallotChoice choice,
                                 Instant now, UUID enteredBy) {
        return castReplacing(roundId, userId, newVoterId, channel, choice, now, enteredBy).map(Cast::receipt);
    }

    /**
     * What {@link #cast} stored: the receipt, whether it replaced an earlier ballot, and when that
     * earlier ballot was cast (null when there was none, or a ballot of the same person arrived at the
     * same moment).
     */
    public record Cast(String receipt, boolean replaced, Instant previousCastAt) {
    }

    /**
     * As {@link #cast}, saying also whether and when an earlier ballot was replaced (one statement, no read
     * first). Nothing is stored (empty) when the person's ballot came on paper, or when the round is no
     * longer in voting: the statement reads the phase with its own snapshot, taken after the round's lock
     * ({@code RoundStore.shareForBallot}) was granted, so a ballot never lands after the count.
     */
    public Optional<Cast> castReplacing(long roundId, UUID userId, String newVoterId, Channel channel,
                                       BallotChoice choice, Instant now, UUID enteredBy) {
        Long[] projects = choice.projects().toArray(new Long[0]);
        Integer[] points = choice.points() == null ? null : choice.points().toArray(new Integer[0]);
        // xmax is 0 for a row this statement inserted, and set for one it updated; the CTE reads the row
        // as it was before the statement.
        return sql.one("with earlier as (select cast_at from budget.ballot where round_id = ? and user_id = ?)"
                        + " insert into budget.ballot as b (round_id, user_id, voter_id, channel, projects, points, cast_at,"
                        + " entered_by) select ?, ?, ?, ?, ?, ?, ?, ? where exists (select 1 from budget.round"
                        + " where id = ? and phase = 'voting') on conflict (round_id, user_id) do update"
                        + " set projects = excluded.projects, points = excluded.points, cast_at = excluded.cast_at"
                        + " where b.channel = 'online' and excluded.channel = 'online'"
                        + " returning voter_id, (xmax <> 0) as replaced, (select cast_at from earlier) as previous_cast_at",
                row -> new Cast(row.getString(1), row.getBoolean(2), Sql.instant(row, "previous_cast_at")), roundId,
                userId, roundId, userId, newVoterId, channel.id(), projects, points, now, enteredBy, roundId);
    }

    public Optional<CastBallot> of(long roundId, UUID userId) {
        return sql.one("select voter_id, projects, points, channel, cast_at from budget.ballot"
                + " where round_id = ? and user_id = ?", BallotStore::ballot, roundId, userId);
    }

    /** Every ballot of the round in voter-id order (the order of the published file). */
    public void each(long roundId, Consumer<CastBallot> sink) {
        sql.list("select voter_id, projects, points, channel, cast_at from budget.ballot where round_id = ?"
                + " order by voter_id", row -> {
                    sink.accept(ballot(row));
                    return Boolean.TRUE;
                }, roundId);
    }

    /** Online and paper ballots in the round: {online, paper}. */
    public long[] tally(long roundId) {
        long[] t = new long[2];
        sql.list("select channel, count(*) from budget.ballot where round_id = ? group by channel", row -> {
            t["paper".equals(row.getString(1)) ? 1 : 0] = row.getLong(2);
            return Boolean.TRUE;
        }, roundId);
        return t;
    }

    public List<Long> roundsVotedIn(UUID userId) {
        return sql.list("select round_id from budget.ballot where user_id = ?", row -> row.getLong(1), userId);
    }

    private static CastBallot ballot(ResultSet row) throws SQLException {
        List<Long> projects = new ArrayList<>(Arrays.asList(longs(row.getArray("projects"))));
        Array pts = row.getArray("points");
        List<Integer> points = null;
        if (pts != null) {
            points = new ArrayList<>();
            for (Object o : (Object[]) pts.getArray()) {
                points.add(((Number) o).intValue());
            }
        }
        return new CastBallot(row.getString("voter_id"), new BallotChoice(projects, points),
                Channel.valueOf(row.getString("channel").toUpperCase(Locale.ROOT)), Sql.instant(row, "cast_at"));
    }

    private static Long[] longs(Array array) throws SQLException {
        Object[] raw = (Object[]) array.getArray();
        Long[] out = new Long[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = ((Number) raw[i]).longValue();
        }
        return out;
    }
}

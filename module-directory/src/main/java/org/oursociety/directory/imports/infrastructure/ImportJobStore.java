package org.oursociety.directory.imports.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.directory.imports.application.ImportJob;
import org.oursociety.directory.listing.application.ImportReport;

/**
 * Import jobs in {@code directory.import_job}, so that any instance of a cluster answers for a job another one
 * runs. The running instance saves the job as it goes and at least every {@link #HEARTBEAT}; a job still
 * "running" whose last save is older than {@link #LOST_AFTER} lost its instance (stopped, crashed) and is
 * marked failed with {@code import.lost} by whoever looks next.
 *
 * <p>Each call is its own statement in autocommit: progress is seen while the job's own transactions run.
 */
public class ImportJobStore {

    public static final Duration HEARTBEAT = Duration.ofSeconds(5);
    public static final Duration LOST_AFTER = Duration.ofSeconds(60);
    static final String LOST = "import.lost";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<ImportReport.Problem>> PROBLEMS = new TypeReference<>() {
    };

    private final DataSource dataSource;

    public ImportJobStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the job as it is now; {@code now} is its heartbeat. */
    public void save(ImportJob.Progress job, UUID owner, Instant now) {
        String problems;
        try {
            problems = JSON.writeValueAsString(job.problems());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an import's problems", e);
        }
        update("""
                insert into directory.import_job (id, kind, area_slug, owner_id, state, done, total, bytes_read,
                    bytes_total, created, updated, problem_count, problems, failure, started_at, finished_at, heartbeat_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)
                on conflict (id) do update set state = excluded.state, done = excluded.done, total = excluded.total,
                    bytes_read = excluded.bytes_read, created = excluded.created, updated = excluded.updated,
                    problem_count = excluded.problem_count, problems = excluded.problems, failure = excluded.failure,
                    finished_at = excluded.finished_at, heartbeat_at = excluded.heartbeat_at
                where directory.import_job.state = 'running'""",
                job.id(), job.kind(), job.area(), owner, job.state(), job.done(), job.total(), job.bytesRead(),
                job.bytesTotal(), job.created(), job.updated(), job.problemCount(), problems, job.failure(),
                utc(job.startedAt()), utc(job.finishedAt()), utc(now));
    }

    /** The job, to its owner only; a running job whose instance stopped saving it reads as failed. */
    public Optional<ImportJob.Progress> find(UUID id, UUID owner, Instant now) {
        failLost(now);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select id, kind, area_slug, state, done, total, bytes_read, bytes_total, created, updated,
                       problem_count, problems, failure, started_at, finished_at
                from directory.import_job where id = ? and owner_id = ?""")) {
            s.setObject(1, id);
            s.setObject(2, owner);
            try (ResultSet row = s.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ImportJob.Progress(row.getObject(1, UUID.class), row.getString(2),
                        row.getString(3), row.getString(4), row.getLong(5), row.getLong(6), row.getLong(7),
                        row.getLong(8), row.getInt(9), row.getInt(10), row.getInt(11),
                        JSON.readValue(row.getString(12), PROBLEMS), row.getString(13), instant(row, 14),
                        instant(row, 15)));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot read an import job", e);
        }
    }

    /** Jobs running on any instance (those whose instance was lost are failed first), of one kind or all. */
    public int running(String kind, Instant now) {
        failLost(now);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from directory.import_job where state = 'running' and (cast(? as text) is null or kind = ?)")) {
            s.setString(1, kind);
            s.setString(2, kind);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count import jobs", e);
        }
    }

    /** Forgets jobs that ended before {@code before}: what they imported is in the records and the audit log. */
    public void forgetEndedBefore(Instant before) {
        update("delete from directory.import_job where state <> 'running' and finished_at < ?", utc(before));
    }

    private void failLost(Instant now) {
        update("update directory.import_job set state = 'failed', failure = ?, finished_at = heartbeat_at"
                + " where state = 'running' and heartbeat_at < ?", LOST, utc(now.minus(LOST_AFTER)));
    }

    private void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write an import job", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}

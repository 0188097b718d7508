package org.oursociety.directory.imports.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oursociety.directory.imports.application.ImportJob;
import org.oursociety.directory.listing.application.ImportReport;
import org.oursociety.portal.api.internal.startup.SchemaMigrator;
import org.oursociety.portal.api.testing.TestDatabase;

/**
 * Import jobs in PostgreSQL as two instances of a cluster see them: one runs and saves a job, the other
 * answers its uploader; a job whose instance stopped saving it is failed, never "running" for ever.
 */
class ImportJobStoreIT {

    private static TestDatabase db;
    private static ImportJobStore running;
    private static ImportJobStore other;
    private static final Instant START = Instant.parse("2026-11-30T10:00:00Z");

    @BeforeAll
    static void migrate() throws Exception {
        db = TestDatabase.create();
        SchemaMigrator.migrate(db.dataSource(), "directory", ImportJobStoreIT.class.getClassLoader());
        running = new ImportJobStore(db.dataSource());
        other = new ImportJobStore(db.dataSource());
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static ImportJob.Progress job(UUID id, String state, long done, List<ImportReport.Problem> problems,
                                          String failure, Instant finished) {
        return new ImportJob.Progress(id, "hsds-json", "riverside", state, done, 4000, done * 100, 400_000,
                (int) done - problems.size(), 0, problems.size(), problems, failure, START, finished);
    }

    @Test
    void anotherInstanceAnswersTheUploaderWithTheProgressAndProblemsSoFarThenTheEnd() {
        UUID id = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        List<ImportReport.Problem> problems = List.of(new ImportReport.Problem("#51", "service", "name", "is required"));
        running.save(job(id, "running", 0, List.of(), null, null), owner, START);
        running.save(job(id, "running", 1250, problems, null, null), owner, START.plusSeconds(20));

        ImportJob.Progress seen = other.find(id, owner, START.plusSeconds(30)).orElseThrow();
        assertThat(seen.state()).isEqualTo("running");
        assertThat(seen.done()).isEqualTo(1250);
        assertThat(seen.total()).isEqualTo(4000);
        assertThat(seen.problems()).containsExactlyElementsOf(problems);
        assertThat(seen.startedAt()).isEqualTo(START);
        assertThat(other.running("hsds-json", START.plusSeconds(30))).isPositive();

        running.save(job(id, "done", 4000, problems, null, START.plusSeconds(90)), owner, START.plusSeconds(90));
        ImportJob.Progress done = other.find(id, owner, START.plusSeconds(95)).orElseThrow();
        assertThat(done.state()).isEqualTo("done");
        assertThat(done.done()).isEqualTo(4000);
        assertThat(done.finishedAt()).isEqualTo(START.plusSeconds(90));
    }

    @Test
    void onlyTheUploaderSeesTheJob() {
        UUID id = UUID.randomUUID();
        running.save(job(id, "running", 0, List.of(), null, null), UUID.randomUUID(), START);
        assertThat(other.find(id, UUID.randomUUID(), START)).isEmpty();
    }

    @Test
    void aJobWhoseInstanceStoppedSavingItReadsAsFailedAndNoLongerCountsAsRunning() {
        UUID id = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        Instant lastBeat = START.plusSeconds(3600);
        running.save(new ImportJob.Progress(id, "postcodes", null, "running", 10, -1, 1000, 10_000, 0, 0, 0, List.of(),
                null, START, null), owner, lastBeat);
        assertThat(other.find(id, owner, lastBeat.plus(ImportJobStore.LOST_AFTER).minusSeconds(1)).orElseThrow().state())
                .isEqualTo("running");

        Instant later = lastBeat.plus(ImportJobStore.LOST_AFTER).plusSeconds(1);
        ImportJob.Progress lost = other.find(id, owner, later).orElseThrow();
        assertThat(lost.state()).isEqualTo("failed");
        assertThat(lost.failure()).isEqualTo("import.lost");
        assertThat(lost.finishedAt()).isEqualTo(lastBeat);
        assertThat(other.running("postcodes", later)).isZero();

        // a late save from the instance thought lost does not bring the job back to life
        running.save(new ImportJob.Progress(id, "postcodes", null, "running", 20, -1, 2000, 10_000, 0, 0, 0, List.of(),
                null, START, null), owner, later);
        assertThat(other.find(id, owner, later).orElseThrow().state()).isEqualTo("failed");
    }

    @Test
    void jobsEndedLongAgoAreForgottenAndRunningOnesKept() {
        UUID ended = UUID.randomUUID();
        UUID going = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        Instant now = START.plusSeconds(7200);
        running.save(job(ended, "running", 0, List.of(), null, null), owner, START);
        running.save(job(ended, "done", 4000, List.of(), null, START.plusSeconds(60)), owner, START.plusSeconds(60));
        running.save(job(going, "running", 10, List.of(), null, null), owner, now);

        other.forgetEndedBefore(START.plusSeconds(3600));

        assertThat(other.find(ended, owner, now)).isEmpty();
        assertThat(other.find(going, owner, now)).isPresent();
    }
}

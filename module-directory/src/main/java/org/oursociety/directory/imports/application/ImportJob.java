package org.oursociety.directory.imports.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.oursociety.directory.listing.application.ImportReport;

/**
 * One import running in the background, so that a large file is not one long request and its uploader can
 * watch it: what has been done of how much, and the problems met so far. Held in memory by the instance running
 * it, which saves it for every instance to read ({@code ImportJobStore}); a progress report, not a record: the
 * change log and audit keep what was imported.
 */
public final class ImportJob {

    /** How many problems are kept to show; the count goes on. */
    static final int PROBLEMS_KEPT = 500;

    public enum State { RUNNING, DONE, FAILED }

    /**
     * What the uploader sees.
     *
     * @param total rows or records in the file, or -1 while not yet known (a postcode file is counted as it is read)
     * @param failure a message key of the directory's bundle when the job failed
     */
    public record Progress(UUID id, String kind, String area, String state, long done, long total, long bytesRead,
                           long bytesTotal, int created, int updated, int problemCount,
                           List<ImportReport.Problem> problems, String failure, Instant startedAt, Instant finishedAt) {
    }

    private final UUID id = UUID.randomUUID();
    private final String kind;
    private final String area;
    private final UUID owner;
    private final long bytesTotal;
    private final Instant startedAt;
    private final List<ImportReport.Problem> problems = new ArrayList<>();
    private State state = State.RUNNING;
    private long done;
    private long total = -1;
    private long bytesRead;
    private int created;
    private int updated;
    private int problemCount;
    private String failure;
    private Instant finishedAt;

    ImportJob(String kind, String area, UUID owner, long bytesTotal, Instant startedAt) {
        this.kind = kind;
        this.area = area;
        this.owner = owner;
        this.bytesTotal = bytesTotal;
        this.startedAt = startedAt;
    }

    public UUID id() {
        return id;
    }

    UUID owner() {
        return owner;
    }

    synchronized void expect(long records) {
        total = records;
    }

    synchronized void read(long bytes) {
        bytesRead = bytes;
    }

    synchronized void advance(long rowsDone) {
        done = rowsDone;
    }

    /** A part of the file imported: its counts and problems added. */
    synchronized void add(ImportReport part, int records) {
        done += records;
        created += part.created();
        updated += part.updated();
        problemCount += part.problems().size();
        for (ImportReport.Problem p : part.problems()) {
            if (problems.size() < PROBLEMS_KEPT) {
                problems.add(p);
            }
        }
    }

    synchronized void finish(Instant now) {
        if (state == State.RUNNING) {
            state = State.DONE;
            total = Math.max(total, done);
            bytesRead = bytesTotal;
            finishedAt = now;
        }
    }

    synchronized void fail(String messageKey, Instant now) {
        if (state == State.RUNNING) {
            state = State.FAILED;
            failure = messageKey;
            finishedAt = now;
        }
    }

    public synchronized Progress progress() {
        return new Progress(id, kind, area, state.name().toLowerCase(java.util.Locale.ROOT), done, total, bytesRead,
                bytesTotal, created, updated, problemCount, List.copyOf(problems), failure, startedAt, finishedAt);
    }
}

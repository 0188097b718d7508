package org.oursociety.directory.imports.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.oursociety.directory.imports.infrastructure.ImportJobStore;
import org.oursociety.directory.listing.application.CsvDataPackage;
import org.oursociety.directory.listing.application.DirectoryPermissions;
import org.oursociety.directory.listing.application.ImportReport;
import org.oursociety.directory.listing.application.ImportService;
import org.oursociety.directory.listing.infrastructure.HsdsStore;
import org.oursociety.directory.postcode.application.PostcodeService;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.audit.AuditEvent;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.security.Roles;

/**
 * Large imports as background jobs: the upload is streamed to a temporary file (never held in memory), the
 * request answers at once with the job, and the uploader follows its progress. HSDS files are imported
 * {@value #RECORDS_PER_PART} top-level records per transaction, so a bad record costs only its own
 * problems and progress moves as parts commit; postcode files go through {@link PostcodeService}'s COPY.
 *
 * <p>Jobs are kept in the directory's schema ({@link ImportJobStore}) for {@link #KEPT} after they end, so that
 * any instance of a cluster answers for a job another one runs; the running instance saves its job every
 * {@link ImportJobStore#HEARTBEAT}, and a job whose instance stopped doing so reads as failed. Progress is for
 * the person watching; what was imported is in the records, their HSDS metadata and the audit log.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());
    static final int RECORDS_PER_PART = 50;
    static final int RUNNING_AT_MOST = 2;
    static final long LARGEST_FILE = 2L * 1024 * 1024 * 1024;
    static final Duration KEPT = Duration.ofHours(6);

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    ImportService imports;

    @Inject
    PostcodeService postcodes;

    @Inject
    AreaAccess access;

    @Inject
    ImportAudit audit;

    Clock clock = Clock.systemUTC();
    private ImportJobStore store;

    @PostConstruct
    void init() {
        store = new ImportJobStore(dataSource);
    }

    /** HSDS JSON ({@code zip == false}) or the CSV data package as a zip, into an area ({@code directory.manage}). */
    public ImportJob.Progress startHsds(PortalUser actor, String area, InputStream body, boolean zip) {
        if (actor == null) {
            throw Refusal.signInFirst();
        }
        if (!access.can(actor, DirectoryPermissions.MANAGE, area)) {
            throw Refusal.notAllowed();
        }
        Started started = begin(zip ? "hsds-csv" : "hsds-json", area, actor, body);
        ImportJob job = started.job();
        audit.started(AuditEvent.of("directory.import-started", "area", area, area).inArea(area)
                .with("job", job.id().toString()).with("format", zip ? "csv" : "json"));
        String email = actor.email();
        submit(started, file -> importHsds(job, area, email, file, zip));
        return job.progress();
    }

    /** A postcode file for the whole portal (platform admins); one at a time. */
    public ImportJob.Progress startPostcodes(PortalUser actor, InputStream body) {
        if (actor == null) {
            throw Refusal.signInFirst();
        }
        if (!actor.hasRole(Roles.PLATFORM_ADMIN)) {
            throw Refusal.notAllowed();
        }
        if (store.running("postcodes", clock.instant()) > 0) {
            throw Refusal.of(Refusal.Kind.CONFLICT, new Message(DirectoryPermissions.BUNDLE, "postcodes.busy"));
        }
        Started started = begin("postcodes", null, actor, body);
        ImportJob job = started.job();
        audit.started(AuditEvent.of("directory.postcodes-started", "postcodes", job.id().toString(), "postcodes"));
        submit(started, file -> {
            PostcodeService.Loaded loaded = postcodes.load(counting(job, file), job::advance);
            job.expect(loaded.loaded());
            audit.finished(AuditEvent.of("directory.postcodes-loaded", "postcodes", job.id().toString(), "postcodes")
                    .with("loaded", Long.toString(loaded.loaded())).with("skipped", Long.toString(loaded.skipped()))
                    .with("placed", Long.toString(loaded.placed())));
        });
        return job.progress();
    }

    /** A job's progress, to the one who started it only, whichever instance runs it. */
    public Optional<ImportJob.Progress> progress(PortalUser actor, UUID id) {
        if (actor == null || id == null) {
            return Optional.empty();
        }
        return store.find(id, actor.id(), clock.instant());
    }

    /** A job with its spooled file, not yet running. */
    private record Started(ImportJob job, Path file) {
    }

    private Started begin(String kind, String area, PortalUser actor, InputStream body) {
        store.forgetEndedBefore(clock.instant().minus(KEPT));
        if (store.running(null, clock.instant()) >= RUNNING_AT_MOST) {
            throw Refusal.tooMany(new Message(DirectoryPermissions.BUNDLE, "import.busy"), Duration.ofSeconds(30));
        }
        Path file = spool(body);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            delete(file);
            throw new IllegalStateException("Cannot read the spooled upload", e);
        }
        if (size == 0) {
            delete(file);
            throw Refusal.invalid("body", new Message(DirectoryPermissions.BUNDLE, "import.empty"));
        }
        ImportJob job = new ImportJob(kind, area, actor.id(), size, clock.instant());
        try {
            save(job);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
        return new Started(job, file);
    }

    /** What a job does with its file; a refusal or a failure ends the job as failed. */
    interface Work {
        void run(Path file) throws Exception;
    }

    private void submit(Started started, Work work) {
        ImportJob job = started.job();
        Path file = started.file();
        long beat = ImportJobStore.HEARTBEAT.toMillis();
        ScheduledFuture<?> heartbeat = scheduler.scheduleAtFixedRate(() -> saveQuietly(job), beat, beat,
                TimeUnit.MILLISECONDS);
        try {
            executor.execute(() -> {
                try {
                    work.run(file);
                    job.finish(clock.instant());
                } catch (Refusal refused) {
                    // a refusal at a field ("body": not JSON, not a zip) says why in the field's message
                    job.fail(refused.fields().isEmpty() ? refused.reason().key()
                            : refused.fields().values().iterator().next().key(), clock.instant());
                } catch (Exception | Error e) {
                    LOG.log(Level.WARNING, "Import " + job.id() + " failed", e);
                    job.fail("import.failed", clock.instant());
                } finally {
                    heartbeat.cancel(false);
                    delete(file);
                    saveQuietly(job);
                }
            });
        } catch (RuntimeException rejected) {
            heartbeat.cancel(false);
            delete(file);
            job.fail("import.failed", clock.instant());
            saveQuietly(job);
            throw rejected;
        }
    }

    private void importHsds(ImportJob job, String area, String actor, Path file, boolean zip) throws Exception {
        JsonNode document;
        try (InputStream in = counting(job, file)) {
            if (zip) {
                CsvDataPackage data = CsvDataPackage.read(in);
                if (data.isEmpty()) {
                    throw Refusal.invalid("body", new Message(DirectoryPermissions.BUNDLE, "import.not-zip"));
                }
                document = data.records();
            } else {
                document = HsdsStore.JSON.readTree(in);
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            throw Refusal.invalid("body", new Message(DirectoryPermissions.BUNDLE, zip ? "import.not-zip" : "import.not-json",
                    ""));
        }
        List<JsonNode> records = recordsOf(document);
        job.expect(records.size());
        for (int from = 0; from < records.size(); from += RECORDS_PER_PART) {
            ArrayNode part = HsdsStore.JSON.createArrayNode();
            records.subList(from, Math.min(records.size(), from + RECORDS_PER_PART)).forEach(part::add);
            ImportReport report = imports.load(area, actor, part);
            job.add(renumbered(report, from), part.size());
        }
        ImportJob.Progress done = job.progress();
        audit.finished(AuditEvent.of("directory.imported", "area", area, area).inArea(area)
                .with("job", job.id().toString()).with("by", actor)
                .with("created", Integer.toString(done.created())).with("updated", Integer.toString(done.updated()))
                .with("problems", Integer.toString(done.problemCount())));
    }

    /** The records of an HSDS document: an array, a page's {@code contents}, or one record. */
    static List<JsonNode> recordsOf(JsonNode document) {
        if (document == null || !(document.isObject() || document.isArray())) {
            throw Refusal.invalid("body", new Message(DirectoryPermissions.BUNDLE, "import.empty"));
        }
        JsonNode records = document.isObject() && document.path("contents").isArray() ? document.get("contents") : document;
        List<JsonNode> list = new ArrayList<>();
        if (records.isArray()) {
            records.forEach(list::add);
        } else {
            list.add(records);
        }
        return list;
    }

    /** Problems of a part name their record's place in the whole file ({@code #51}), not in the part. */
    private static ImportReport renumbered(ImportReport part, int offset) {
        if (offset == 0) {
            return part;
        }
        return new ImportReport(part.created(), part.updated(), part.problems().stream()
                .map(p -> p.record().matches("#\\d+")
                        ? new ImportReport.Problem("#" + (Integer.parseInt(p.record().substring(1)) + offset), p.type(),
                        p.field(), p.message())
                        : p)
                .toList());
    }

    private Path spool(InputStream body) {
        if (body == null) {
            throw Refusal.invalid("body", new Message(DirectoryPermissions.BUNDLE, "import.empty"));
        }
        Path file = null;
        try {
            file = Files.createTempFile("directory-import-", ".upload");
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                long written = 0;
                int read;
                while ((read = body.read(buffer)) != -1) {
                    written += read;
                    if (written > LARGEST_FILE) {
                        throw Refusal.invalid("body", new Message(DirectoryPermissions.BUNDLE, "import.too-large"));
                    }
                    out.write(buffer, 0, read);
                }
            }
            return file;
        } catch (IOException e) {
            delete(file);
            throw Refusal.invalid("body", new Message(DirectoryPermissions.BUNDLE, "import.interrupted"));
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** The file as a stream that tells the job how far it has been read. */
    private static InputStream counting(ImportJob job, Path file) throws IOException {
        return new FilterInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    job.read(++count);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    count += n;
                    job.read(count);
                }
                return n;
            }
        };
    }

    private void save(ImportJob job) {
        store.save(job.progress(), job.owner(), clock.instant());
    }

    /** The heartbeat and the last word: a database that does not answer now is tried again at the next beat. */
    private void saveQuietly(ImportJob job) {
        try {
            save(job);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot save the progress of import " + job.id(), e);
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot delete " + file, e);
            }
        }
    }
}

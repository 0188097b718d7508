package org.oursociety.directory.postcode.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.function.LongConsumer;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.oursociety.directory.listing.application.DirectoryPermissions;
import org.oursociety.directory.listing.infrastructure.HsdsStore;
import org.oursociety.directory.postcode.infrastructure.PostcodeStore;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;

/**
 * Loads postcode files (portal-wide reference data): read as a stream, sent to PostgreSQL with COPY as they
 * are read and merged in one transaction, so a failed file leaves the postcodes as they were. Uploads run as
 * background jobs ({@code imports.application.ImportJobs}); locations without coordinates are placed at the end.
 */
@ApplicationScoped
public class PostcodeService {

    private static final Logger LOG = Logger.getLogger(PostcodeService.class.getName());
    static final int BATCH = 10_000;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    private PostcodeStore store;
    private HsdsStore places;

    /** How many postcodes are known. */
    public record Status(long postcodes) {
    }

    /** The result of a load. */
    public record Loaded(long loaded, long skipped, long placed, long millis) {
    }

    @PostConstruct
    void init() {
        store = new PostcodeStore(dataSource);
        places = new HsdsStore(dataSource);
    }

    /** The demo's own file. */
    public Loaded load(InputStream csv) {
        return load(csv, read -> { });
    }

    /** Without a permission check (the caller has made it); {@code rowsRead} hears how far the file is read. */
    public Loaded load(InputStream csv, LongConsumer rowsRead) {
        long started = System.nanoTime();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8), 1 << 16);
             PostcodeStore.Load load = store.startLoad()) {
            PostcodeFile.Counts counts = PostcodeFile.read(in, BATCH, load::add, read -> {
                rowsRead.accept(read);
                if (read % 500_000 < BATCH) {
                    LOG.info("Postcodes read so far: " + read);
                }
            });
            load.commit();
            long placed = places.placeLocationsByPostcode();
            return new Loaded(counts.read(), counts.skipped(), placed, (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load postcodes", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw Refusal.invalid("file", new Message(DirectoryPermissions.BUNDLE, "postcodes.unreadable"));
        }
    }

    public Status status() {
        try {
            return new Status(store.count());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count postcodes", e);
        }
    }
}

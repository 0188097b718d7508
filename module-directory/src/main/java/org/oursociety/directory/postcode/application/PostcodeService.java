package org.oursociety.directory.postcode.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.oursociety.directory.listing.application.DirectoryPermissions;
import org.oursociety.directory.listing.infrastructure.HsdsStore;
import org.oursociety.directory.postcode.infrastructure.PostcodeStore;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.security.Roles;

/**
 * Loads postcode files (portal-wide, so platform admins only). Each batch of 10,000 rows is one statement
 * committed on its own: a file is a replacement of reference data, safe to load again after a failure.
 * Progress is kept here for the status call; locations without coordinates are placed at the end.
 */
@ApplicationScoped
public class PostcodeService {

    private static final Logger LOG = Logger.getLogger(PostcodeService.class.getName());
    static final int BATCH = 10_000;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    private PostcodeStore store;
    private HsdsStore places;
    private final AtomicLong progress = new AtomicLong(-1);

    /** Where an import stands: rows loaded so far, or -1 when none is running. */
    public record Status(long postcodes, long importing) {
    }

    /** The result of a load. */
    public record Loaded(long loaded, long skipped, long placed, long millis) {
    }

    @PostConstruct
    void init() {
        store = new PostcodeStore(dataSource);
        places = new HsdsStore(dataSource);
    }

    public Loaded importFile(PortalUser actor, InputStream csv) {
        if (actor == null) {
            throw Refusal.signInFirst();
        }
        if (!actor.hasRole(Roles.PLATFORM_ADMIN)) {
            throw Refusal.notAllowed();
        }
        if (!progress.compareAndSet(-1, 0)) {
            throw Refusal.of(Refusal.Kind.CONFLICT, new Message(DirectoryPermissions.BUNDLE, "postcodes.busy"));
        }
        try {
            return load(csv);
        } finally {
            progress.set(-1);
        }
    }

    /** Without a permission check: the demo's own file. */
    public Loaded load(InputStream csv) {
        long started = System.nanoTime();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8), 1 << 16)) {
            PostcodeFile.Counts counts = PostcodeFile.read(in, BATCH, store::upsert, read -> {
                progress.set(read);
                if (read % 500_000 < BATCH) {
                    LOG.info("Postcodes loaded so far: " + read);
                }
            });
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
            return new Status(store.count(), progress.get());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count postcodes", e);
        }
    }
}

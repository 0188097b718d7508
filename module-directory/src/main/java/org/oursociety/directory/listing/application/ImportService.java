package org.oursociety.directory.listing.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.oursociety.directory.listing.infrastructure.HsdsStore;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.audit.AuditEvent;
import org.oursociety.portal.api.audit.AuditTrail;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.PortalUser;

/**
 * Imports HSDS 3.0 JSON into an area's directory for those who hold {@code directory.manage} there; one
 * transaction per import, audited with its counts.
 */
@ApplicationScoped
public class ImportService {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    AreaAccess access;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();
    private HsdsStore store;

    @PostConstruct
    void init() {
        store = new HsdsStore(dataSource);
    }

    @Transactional
    public ImportReport importJson(PortalUser actor, String area, String body) {
        if (actor == null) {
            throw Refusal.signInFirst();
        }
        if (!access.can(actor, DirectoryPermissions.MANAGE, area)) {
            throw Refusal.notAllowed();
        }
        JsonNode document;
        try {
            document = body == null || body.isBlank() ? null : HsdsStore.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw Refusal.invalid("body", new Message(DirectoryPermissions.BUNDLE, "import.not-json",
                    e.getOriginalMessage()));
        }
        if (document == null || !(document.isObject() || document.isArray())) {
            throw Refusal.invalid("body", new Message(DirectoryPermissions.BUNDLE, "import.empty"));
        }
        ImportReport report = load(area, actor.email(), document);
        audit.record(AuditEvent.of("directory.imported", "area", area, area).inArea(area)
                .with("created", Integer.toString(report.created()))
                .with("updated", Integer.toString(report.updated()))
                .with("problems", Integer.toString(report.problems().size())));
        return report;
    }

    /** The HSDS tabular data package as a zip of CSV files (as in the official {@code examples/csv}). */
    @Transactional
    public ImportReport importZip(PortalUser actor, String area, java.io.InputStream zip) {
        if (actor == null) {
            throw Refusal.signInFirst();
        }
        if (!access.can(actor, DirectoryPermissions.MANAGE, area)) {
            throw Refusal.notAllowed();
        }
        CsvDataPackage data;
        try {
            data = CsvDataPackage.read(zip);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw Refusal.invalid("body", new Message(DirectoryPermissions.BUNDLE, "import.not-zip"));
        }
        if (data.isEmpty()) {
            throw Refusal.invalid("body", new Message(DirectoryPermissions.BUNDLE, "import.not-zip"));
        }
        ImportReport report = load(area, actor.email(), data.records());
        audit.record(AuditEvent.of("directory.imported", "area", area, area).inArea(area).with("format", "csv")
                .with("created", Integer.toString(report.created()))
                .with("updated", Integer.toString(report.updated()))
                .with("problems", Integer.toString(report.problems().size())));
        return report;
    }

    /** Without a permission check or audit, in the caller's transaction: demo data and the system's own loads. */
    @Transactional
    public ImportReport load(String area, String actor, JsonNode document) {
        try {
            return new HsdsImporter(store, area, actor, clock.instant()).importDocument(document);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot import into the directory", e);
        }
    }
}

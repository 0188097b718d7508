package org.oursociety.directory.platform;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oursociety.directory.listing.application.ImportReport;
import org.oursociety.directory.listing.application.ImportService;
import org.oursociety.directory.listing.infrastructure.HsdsStore;
import org.oursociety.directory.postcode.application.PostcodeService;

/**
 * With {@code --demo}, on first start: the made-up postcodes of the demo wards and twenty organisations
 * with their services, places and opening times in Riverside and Hillcrest. The postcodes are loaded
 * whenever the table is empty, demo or not, so distance search works on a fresh portal.
 */
@ApplicationScoped
public class DirectoryDemo {

    private static final Logger LOG = Logger.getLogger(DirectoryDemo.class.getName());

    @Inject
    @ConfigProperty(name = "portal.demo", defaultValue = "false")
    boolean demo;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    PostcodeService postcodes;

    @Inject
    ImportService imports;

    public void loadOnFirstStart() {
        if (count("directory.postcode") == 0) {
            try (InputStream in = DirectoryDemo.class.getResourceAsStream("/demo/demo-postcodes.csv")) {
                postcodes.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!demo || count("directory.organization") > 0) {
            return;
        }
        JsonNode areas;
        try (InputStream in = DirectoryDemo.class.getResourceAsStream("/demo/directory-demo.json")) {
            areas = HsdsStore.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = areas.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> area = it.next();
            ImportReport report = imports.load(area.getKey(), "demo", area.getValue());
            LOG.info("Directory demo for " + area.getKey() + ": " + report.created() + " records, "
                    + report.problems().size() + " problems " + report.problems());
        }
    }

    private long count(String table) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from " + table); ResultSet row = s.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count " + table, e);
        }
    }
}

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.directory.exchange.infrastructure.ExchangeStore;
import org.oursociety.directory.stewardship.infrastructure.StewardshipStore;
import org.oursociety.portal.api.privacy.MemberNames;
import org.oursociety.portal.api.text.UserText;
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
        try {
            claimsWantsOffersAndLinks();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load the directory demo's editors and wants", e);
        }
    }

    /** Two listings claimed by the demo residents, a few wants and offers, and links between organisations. */
    private void claimsWantsOffersAndLinks() throws SQLException {
        MemberNames members = new MemberNames(dataSource);
        StewardshipStore stewardship = new StewardshipStore(dataSource);
        ExchangeStore exchange = new ExchangeStore(dataSource);
        UserText text = new UserText();
        Instant now = Instant.now();
        Optional<UUID> amira = members.idOf("amira@demo.oursociety.org");
        Optional<UUID> tom = members.idOf("tom@demo.oursociety.org");
        String foodBank = idOf("Riverside Food Bank");
        String park = idOf("Friends of Hillcrest Park");
        amira.ifPresent(id -> run(() -> stewardship.addEditor(foodBank, id, null, now)));
        tom.ifPresent(id -> run(() -> stewardship.addEditor(park, id, null, now)));
        LocalDate today = LocalDate.now();
        Object[][] posts = {
                {foodBank, "want", "volunteers", "Drivers for Saturday collections",
                        "We need two volunteer drivers with a clean licence to collect donations from the supermarkets on Saturday mornings.", 60},
                {idOf("Riverside Community Centre"), "offer", "room", "Free meeting room on Tuesday afternoons",
                        "Our small meeting room is free for Riverside community groups on Tuesday afternoons until the summer.", 90},
                {park, "want", "equipment", "Garden tools and wheelbarrows",
                        "Do you have spades, rakes or a wheelbarrow you no longer use? Our work mornings are growing.", 45},
                {idOf("Hillcrest Repair Café"), "offer", "skills", "Help mending equipment for other groups",
                        "Our fixers can look at broken equipment for other community groups: urns, lamps, sewing machines.", 120},
        };
        for (Object[] post : posts) {
            var rendered = text.render((String) post[4]);
            exchange.post(UUID.randomUUID(), (String) post[0], (String) post[1], (String) post[2], (String) post[3],
                    rendered.source(), rendered.html(), today.plusDays((Integer) post[5]), null, now);
        }
        exchange.link(foodBank, idOf("Wharf Citizens Advice"), "partner-of", null, now);
        exchange.link(idOf("Riverside Carers Hub"), idOf("Riverside Volunteer Centre"), "member-of", null, now);
        exchange.link(idOf("Hillcrest Community Pantry"), idOf("Riverside Food Bank"), "partner-of", null, now);
    }

    private String idOf(String organizationName) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select id from directory.organization where name = ?")) {
            s.setString(1, organizationName);
            try (ResultSet row = s.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("The demo has no organisation " + organizationName);
                }
                return row.getString(1);
            }
        }
    }

    private interface Step {
        Object run() throws SQLException;
    }

    private static void run(Step step) {
        try {
            step.run();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
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

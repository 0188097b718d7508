package org.oursociety.core.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oursociety.core.area.domain.Area;
import org.oursociety.core.area.domain.AreaType;
import org.oursociety.core.area.domain.Postcode;
import org.oursociety.core.demo.infrastructure.DemoRepository;
import org.oursociety.core.identity.application.PasswordHasher;
import org.oursociety.core.identity.domain.UserAccount;
import org.oursociety.core.identity.infrastructure.UserRepository;

/**
 * A small demo on first start with {@code --demo}: an authority with two wards and a few users. Its writes
 * go through the features' repositories and, for what none offers, {@link DemoRepository}.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "portal.demo", defaultValue = "false")
    boolean demo;

    @Inject
    DemoRepository demoRows;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher passwords;

    @Transactional
    public void loadOnFirstStart() {
        if (!demo || !demoRows.isEmpty()) {
            return;
        }
        Area borough = Area.authority("demo-borough", "Demo Borough Council");
        demoRows.add(borough);
        demoRows.add(ward(borough, "riverside", "Riverside", "The wharves, the market and the streets along the river.", "DM1"));
        demoRows.add(ward(borough, "hillcrest", "Hillcrest", "The estates and the park on the hill.", "DM2"));
        for (String module : List.of("forum", "budget", "directory")) {
            demoRows.switchOn(borough, module);
        }
        loadUsers();
        // The demo residents live in a ward, verified by postcode, so that they can vote in the demo's budget
        // round at once (a ward's residents are residents of the borough too).
        demoRows.verifyResident("amira@demo.oursociety.org", "riverside", "DM1 1AA");
        demoRows.verifyResident("tom@demo.oursociety.org", "hillcrest", "DM2 2BB");
        LOG.info("Loaded the demo: Demo Borough Council with the wards Riverside and Hillcrest, every module switched on, and demo users");
    }

    private static Area ward(Area borough, String slug, String name, String description, String postcodeDistrict) {
        Area ward = borough.subdivide(slug, name, AreaType.ward);
        ward.describe(description);
        ward.coverPostcodes(List.of(Postcode.parse(postcodeDistrict)));
        return ward;
    }

    private void loadUsers() {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/demo-users.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(this::addUser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addUser(String line) {
        String[] fields = line.split(";");
        if (users.byEmail(fields[0]).isPresent()) {
            return;
        }
        String hash = passwords.hash(fields[2]);
        UserAccount user = Boolean.parseBoolean(fields[3])
                ? UserAccount.platformAdministrator(fields[0], fields[1], hash)
                : UserAccount.register(fields[0], fields[1], hash);
        user.confirm();
        users.add(user);
    }
}

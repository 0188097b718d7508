package org.oursociety.core.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import org.oursociety.core.identity.application.PasswordHasher;
import org.oursociety.core.identity.infrastructure.UserRepository;
import org.oursociety.core.identity.domain.UserAccount;

/** A small demo on first start with {@code --demo}: an authority with two wards and a few users. */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "portal.demo", defaultValue = "false")
    boolean demo;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher passwords;

    @Transactional
    public void loadOnFirstStart() {
        if (!demo || em.createQuery("select count(a) from Area a", Long.class).getSingleResult() > 0) {
            return;
        }
        Area borough = Area.authority("demo-borough", "Demo Borough Council");
        em.persist(borough);
        em.flush(); // the wards refer to it by id only, so EclipseLink cannot order the inserts itself
        em.persist(ward(borough, "riverside", "Riverside", "The wharves, the market and the streets along the river.", "DM1"));
        em.persist(ward(borough, "hillcrest", "Hillcrest", "The estates and the park on the hill.", "DM2"));
        for (String module : List.of("forum", "budget", "directory")) {
            em.createNativeQuery("insert into core.area_module (area_id, module_id, enabled) values (cast(?1 as uuid), ?2, true)")
                    .setParameter(1, borough.id().toString()).setParameter(2, module).executeUpdate();
        }
        loadUsers();
        em.flush(); // the residences below are inserted by SQL and refer to the users and wards
        verifyResident("amira@demo.oursociety.org", "riverside", "DM1 1AA");
        verifyResident("tom@demo.oursociety.org", "hillcrest", "DM2 2BB");
        LOG.info("Loaded the demo: Demo Borough Council with the wards Riverside and Hillcrest, every module switched on, and demo users");
    }

    /**
     * The demo residents live in a ward, verified by postcode, so that they can vote in the demo's budget
     * round at once (a ward's residents are residents of the borough too).
     */
    private void verifyResident(String email, String ward, String postcode) {
        em.createNativeQuery("insert into core.residence (id, user_id, area_id, area_type, postcode, status, method,"
                        + " claimed_at, decided_at) select gen_random_uuid(), u.id, a.id, 'ward', ?1, 'verified', 'postcode',"
                        + " now(), now() from core.user_account u, core.area a where u.email = ?2 and a.slug = ?3")
                .setParameter(1, postcode).setParameter(2, email).setParameter(3, ward).executeUpdate();
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

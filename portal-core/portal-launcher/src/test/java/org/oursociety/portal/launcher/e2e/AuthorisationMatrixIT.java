package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorisation matrix of issue 4: every role against every admin action on an area A, on a
 * child of A, and on an unrelated area B, over the real API. Each (role, action) pair gets a world of
 * its own (A, child, B under the demo borough, and the role granted there), so an allowed archive or
 * switch cannot change what the next cell sees. Every cell asserts the answer (2xx, 403, or 401 for
 * the anonymous) and that the effect is there exactly when it was allowed: no silent success, nothing
 * half-done.
 */
@ExtendWith(SharedPortal.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIT {

    enum Persona { PLATFORM_ADMIN, ADMIN_OF_A, ADMIN_OF_CHILD, MODERATOR_OF_A, RESIDENT, STRANGER, ANONYMOUS }

    enum Action { CREATE_SUB_AREA, RENAME, ARCHIVE, SWITCH_MODULE, GRANT_MODERATOR, APPOINT_AREA_ADMIN }

    enum Target { A, CHILD, B }

    /** Allowed ('y') or refused ('n') on A, on the child of A, on B, in that order. */
    private static final Map<Persona, Map<Action, String>> EXPECTED = new EnumMap<>(Persona.class);

    static {
        EXPECTED.put(Persona.PLATFORM_ADMIN, row("yyy", "yyy", "yyy", "yyy", "yyy", "yyy"));
        // an area admin edits their own area but may not archive it or appoint peers; everything below is theirs
        EXPECTED.put(Persona.ADMIN_OF_A, row("yyn", "yyn", "nyn", "yyn", "yyn", "nyn"));
        EXPECTED.put(Persona.ADMIN_OF_CHILD, row("nyn", "nyn", "nnn", "nyn", "nyn", "nnn"));
        EXPECTED.put(Persona.MODERATOR_OF_A, row("nnn", "nnn", "nnn", "nnn", "nnn", "nnn"));
        EXPECTED.put(Persona.RESIDENT, row("nnn", "nnn", "nnn", "nnn", "nnn", "nnn"));
        EXPECTED.put(Persona.STRANGER, row("nnn", "nnn", "nnn", "nnn", "nnn", "nnn"));
        EXPECTED.put(Persona.ANONYMOUS, row("nnn", "nnn", "nnn", "nnn", "nnn", "nnn"));
    }

    private final RunningPortal portal;
    private final AdminApi api;
    private final Http http;
    private final Map<Persona, String> tokens = new EnumMap<>(Persona.class);
    private final Map<Persona, String> ids = new EnumMap<>(Persona.class);
    private int worlds;

    AuthorisationMatrixIT(RunningPortal portal) {
        this.portal = portal;
        this.api = new AdminApi(portal);
        this.http = new Http(portal);
    }

    @BeforeAll
    void signInEveryone() throws Exception {
        tokens.put(Persona.PLATFORM_ADMIN, api.token(RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD));
        for (Persona persona : List.of(Persona.ADMIN_OF_A, Persona.ADMIN_OF_CHILD, Persona.MODERATOR_OF_A,
                Persona.RESIDENT, Persona.STRANGER)) {
            String email = api.newResident(persona.name().toLowerCase().replace('_', '-'));
            tokens.put(persona, api.token(email, AdminApi.PASSWORD));
            ids.put(persona, userId(email));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRoleAgainstEveryAdminActionOnAOnItsChildAndOnB() {
        List<DynamicTest> cells = new ArrayList<>();
        for (Persona persona : Persona.values()) {
            for (Action action : Action.values()) {
                cells.add(DynamicTest.dynamicTest(persona + " / " + action, () -> check(persona, action)));
            }
        }
        return cells.stream();
    }

    private void check(Persona persona, Action action) throws Exception {
        World world = newWorld(persona);
        SoftAssertions softly = new SoftAssertions();
        // B and the child first: archiving the child (where allowed) leaves A free to be archived
        for (Target target : List.of(Target.B, Target.CHILD, Target.A)) {
            boolean allowed = EXPECTED.get(persona).get(action).charAt(target.ordinal()) == 'y';
            String slug = world.slug(target);
            String newcomer = action == Action.GRANT_MODERATOR || action == Action.APPOINT_AREA_ADMIN
                    ? userId(api.newResident("newcomer")) : null;
            HttpResponse<String> response = act(persona, action, slug, world, newcomer);
            String cell = persona + " " + action + " on " + target + " (" + slug + "): " + response.body();
            if (allowed) {
                softly.assertThat(response.statusCode()).as(cell).isBetween(200, 299);
            } else {
                softly.assertThat(response.statusCode()).as(cell).isEqualTo(persona == Persona.ANONYMOUS ? 401 : 403);
                softly.assertThat(response.headers().firstValue("Content-Type").orElse("")).as(cell).contains("problem+json");
            }
            softly.assertThat(happened(action, slug, world, newcomer)).as("effect of " + cell).isEqualTo(allowed);
        }
        softly.assertAll();
    }

    private HttpResponse<String> act(Persona persona, Action action, String slug, World world, String newcomer)
            throws Exception {
        String[] auth = persona == Persona.ANONYMOUS ? new String[0]
                : new String[]{"Authorization", "Bearer " + tokens.get(persona)};
        return switch (action) {
            case CREATE_SUB_AREA -> http.postJson("/api/areas", "{\"slug\":\"" + world.created(slug)
                    + "\",\"name\":\"Sub\",\"type\":\"neighbourhood\",\"parent\":\"" + slug + "\"}", auth);
            case RENAME -> http.sendJson("PATCH", "/api/areas/" + slug, "{\"name\":\"Renamed\"}", auth);
            case ARCHIVE -> http.postJson("/api/areas/" + slug + "/archive", "", auth);
            case SWITCH_MODULE -> http.sendJson("PUT", "/api/areas/" + slug + "/modules/forum",
                    "{\"enabled\":false}", auth);
            case GRANT_MODERATOR -> http.sendJson("PUT", "/api/areas/" + slug + "/roles/" + newcomer + "/moderator",
                    "", auth);
            case APPOINT_AREA_ADMIN -> http.sendJson("PUT", "/api/areas/" + slug + "/roles/" + newcomer
                    + "/area-admin", "", auth);
        };
    }

    /** Whether the action's effect is in the database (or the API that reads it straight from there). */
    private boolean happened(Action action, String slug, World world, String newcomer) throws Exception {
        return switch (action) {
            case CREATE_SUB_AREA -> http.get("/api/areas/" + world.created(slug)).statusCode() == 200;
            case RENAME -> Http.json(http.get("/api/areas/" + slug)).path("name").asText().equals("Renamed");
            case ARCHIVE -> Http.json(http.get("/api/areas/" + slug)).path("archived").asBoolean();
            case SWITCH_MODULE -> count("select count(*) from core.area_module m join core.area a on a.id = m.area_id"
                    + " where a.slug = ? and m.module_id = 'forum' and not m.enabled", slug) == 1;
            case GRANT_MODERATOR, APPOINT_AREA_ADMIN -> count("select count(*) from core.area_role r join core.area a"
                    + " on a.id = r.area_id where a.slug = ? and r.user_id = '" + newcomer + "'", slug) == 1;
        };
    }

    /** A, its child and B under the demo borough, with the persona's role granted there by the platform admin. */
    private World newWorld(Persona persona) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6) + "-" + (++worlds);
        World world = new World("mx-a-" + run, "mx-child-" + run, "mx-b-" + run);
        String[] admin = {"Authorization", "Bearer " + tokens.get(Persona.PLATFORM_ADMIN)};
        createArea(world.a(), "demo-borough", admin);
        createArea(world.child(), world.a(), admin);
        createArea(world.b(), "demo-borough", admin);
        switch (persona) {
            case ADMIN_OF_A -> grant(world.a(), Persona.ADMIN_OF_A, "area-admin", admin);
            case ADMIN_OF_CHILD -> grant(world.child(), Persona.ADMIN_OF_CHILD, "area-admin", admin);
            case MODERATOR_OF_A -> grant(world.a(), Persona.MODERATOR_OF_A, "moderator", admin);
            case RESIDENT -> homeArea(Persona.RESIDENT, world.a());
            default -> {
            }
        }
        return world;
    }

    private void createArea(String slug, String parent, String[] admin) throws Exception {
        HttpResponse<String> created = http.postJson("/api/areas", "{\"slug\":\"" + slug + "\",\"name\":\"" + slug
                + "\",\"type\":\"ward\",\"parent\":\"" + parent + "\"}", admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private void grant(String slug, Persona persona, String role, String[] admin) throws Exception {
        HttpResponse<String> granted = http.sendJson("PUT", "/api/areas/" + slug + "/roles/" + ids.get(persona) + "/"
                + role, "", admin);
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
    }

    private void homeArea(Persona persona, String slug) throws Exception {
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(
                "update core.user_account set home_area_id = (select id from core.area where slug = ?) where id = ?::uuid")) {
            s.setString(1, slug);
            s.setString(2, ids.get(persona));
            s.executeUpdate();
        }
    }

    private String userId(String email) throws Exception {
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(
                "select id from core.user_account where email = ?")) {
            s.setString(1, email);
            try (ResultSet row = s.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private int count(String sql, String slug) throws Exception {
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, slug);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static Map<Action, String> row(String create, String rename, String archive, String switchModule,
                                           String grantModerator, String appointAdmin) {
        Map<Action, String> row = new EnumMap<>(Action.class);
        row.put(Action.CREATE_SUB_AREA, create);
        row.put(Action.RENAME, rename);
        row.put(Action.ARCHIVE, archive);
        row.put(Action.SWITCH_MODULE, switchModule);
        row.put(Action.GRANT_MODERATOR, grantModerator);
        row.put(Action.APPOINT_AREA_ADMIN, appointAdmin);
        return row;
    }

    private record World(String a, String child, String b) {
        String slug(Target target) {
            return switch (target) {
                case A -> a;
                case CHILD -> child;
                case B -> b;
            };
        }

        String created(String parent) {
            return parent + "-sub";
        }
    }
}

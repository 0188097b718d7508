package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared layout, the module registry, the schemas, readiness and the demo, against the real portal. */
@ExtendWith(SharedPortal.class)
class LayoutAndRegistryIT {

    private static final List<String> PAGES = List.of("/", "/forum/", "/budget/", "/directory/", "/login.xhtml");

    private final RunningPortal portal;

    LayoutAndRegistryIT(RunningPortal portal) {
        this.portal = portal;
    }

    @Test
    void everyPageOfEveryWarHasTheSharedHeaderNavigationAndFooter() throws Exception {
        Http anonymous = new Http(portal);
        for (String page : PAGES) {
            HttpResponse<String> response = anonymous.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.body()).as(page)
                    .contains("id=\"portal-header\"", "id=\"portal-brand\"", ">Our Society</span>")
                    .contains("id=\"nav-forum\" href=\"/forum/demo-borough/\"", "id=\"nav-budget\" href=\"/budget/demo-borough/\"",
                            "id=\"nav-directory\" href=\"/directory/demo-borough/\"")
                    .contains("id=\"portal-area-name\">Demo Borough Council</strong>")
                    .contains("id=\"portal-sign-in\" href=\"/login.xhtml")
                    .contains("id=\"portal-footer\"")
                    .containsPattern("<html [^>]*lang=\"en\"");
        }
    }

    @Test
    void everyPageShowsTheSignedInUsersName() throws Exception {
        Http amira = new Http(portal);
        amira.signIn(SessionApiIT.AMIRA, SessionApiIT.RESIDENT_PASSWORD);
        for (String page : PAGES) {
            String body = amira.get(page).body();
            assertThat(body).as(page).contains("id=\"portal-user-name\" href=\"/account/profile.xhtml\">Amira Khan</a>")
                    .contains("id=\"portal-sign-out\"").doesNotContain("id=\"portal-sign-in\"");
        }
    }

    @Test
    void aMissingPageInAModuleIsANotFoundPageInTheLayout() throws Exception {
        HttpResponse<String> response = new Http(portal).get("/budget/no-such-page.xhtml");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found", "id=\"portal-header\"").doesNotContain("\tat ", "java.lang.");
    }

    @Test
    void readinessIsUpWithEveryWarAndModuleReported() throws Exception {
        HttpResponse<String> response = new Http(portal).get("/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = Http.json(response);
        assertThat(health.path("status").asText()).isEqualTo("UP");
        List<String> checks = new ArrayList<>();
        health.path("checks").forEach(check -> checks.add(check.path("name").asText()));
        assertThat(checks).contains("core-started", "forum-started", "budget-started", "directory-started", "modules");
    }

    @Test
    void eachModuleRegisteredItselfWithItsIdNamePathAndVersion() throws Exception {
        List<String> rows = query("""
                select id || '|' || name || '|' || context_path || '|' || version from core.module_registration
                where active order by nav_order""");

        assertThat(rows).containsExactly(
                "forum|Forum|/forum|0.1.0-SNAPSHOT",
                "budget|Participatory budget|/budget|0.1.0-SNAPSHOT",
                "directory|Directory|/directory|0.1.0-SNAPSHOT");
    }

    @Test
    void eachWarMigratedItsOwnSchemaWithItsOwnHistory() throws Exception {
        for (String schema : List.of("core", "forum", "budget", "directory")) {
            List<String> migrations = query("select version from " + schema + ".flyway_schema_history where success");
            assertThat(migrations).as(schema).contains("1");
        }
    }

    @Test
    void theDemoHasAnAuthorityWithTwoWardsAndUsers() throws Exception {
        List<String> areas = query("""
                select a.type || ':' || a.name || ':' || coalesce(p.slug, '-') from core.area a
                left join core.area p on p.id = a.parent_id
                where a.slug in ('demo-borough', 'riverside', 'hillcrest') order by a.type, a.name""");

        assertThat(areas).containsExactly("authority:Demo Borough Council:-",
                "ward:Hillcrest:demo-borough", "ward:Riverside:demo-borough");
        assertThat(new Http(portal).signIn("admin@demo.oursociety.org", "demo-admin-2026")
                .path("user").path("roles").toString()).contains("platform-admin");
    }

    private List<String> query(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = portal.database(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}

package org.oursociety.portal.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PayaraServerTest {

    private static final String NO_REPLICATION =
            "web-container-availability.availability-enabled=false";

    @Test
    void oneInstanceKeepsWebSessionsInMemory() throws LaunchException {
        LauncherConfig single = LauncherConfig.from(new String[0], Map.of());

        assertThat(PayaraServer.preBootCommands(single)).contains(NO_REPLICATION);
    }

    @Test
    void aClusterReplicatesWebSessionsThroughTheDataGrid() throws LaunchException {
        LauncherConfig cluster = LauncherConfig.from(new String[0], Map.of(
                "PORTAL_DB_URL", "jdbc:postgresql://db.example.org:5432/portal",
                "PORTAL_CLUSTER_MEMBERS", "10.0.0.11,10.0.0.12",
                "PORTAL_CLUSTER_ADDRESS", "10.0.0.11"));

        assertThat(PayaraServer.preBootCommands(cluster)).doesNotContain(NO_REPLICATION);
    }

    @Test
    void plainValuesAreLeftAlone() {
        assertThat(PayaraServer.escapeProperty("portal")).isEqualTo("portal");
        assertThat(PayaraServer.escapeProperty("")).isEmpty();
    }

    @Test
    void colonsInAJdbcUrlAreEscaped() {
        assertThat(PayaraServer.escapeProperty("jdbc:postgresql://db:5432/portal"))
                .isEqualTo("jdbc\\:postgresql\\://db\\:5432/portal");
    }

    @Test
    void equalsSignsInAPasswordAreEscaped() {
        assertThat(PayaraServer.escapeProperty("a=b")).isEqualTo("a\\=b");
    }

    @Test
    void backslashesAreEscapedFirstSoThatTheyCannotSwallowTheNextEscape() {
        assertThat(PayaraServer.escapeProperty("a\\b")).isEqualTo("a\\\\b");
        assertThat(PayaraServer.escapeProperty("p\\:w=\\")).isEqualTo("p\\\\\\:w\\=\\\\");
    }
}

package org.oursociety.portal.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LauncherConfigTest {

    private static final String[] NO_ARGS = {};

    @Test
    void withNothingSetThePortalRunsOnPort8080WithAnEmbeddedDatabaseUnderData() throws LaunchException {
        LauncherConfig config = LauncherConfig.from(NO_ARGS, Map.of());

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.dataDir()).isEqualTo(Path.of("data").toAbsolutePath().normalize());
        assertThat(config.dataDir().isAbsolute()).isTrue();
        assertThat(config.database()).isEmpty();
        assertThat(config.demo()).isFalse();
        assertThat(config.startTimeoutSeconds()).isEqualTo(300);
    }

    @Test
    void thePortAndDataDirectoryComeFromTheEnvironment() throws LaunchException {
        LauncherConfig config = LauncherConfig.from(NO_ARGS,
                Map.of("PORTAL_PORT", " 9090 ", "PORTAL_DATA_DIR", "/srv/portal/./data/", "PORTAL_START_TIMEOUT", "60"));

        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.dataDir()).isEqualTo(Path.of("/srv/portal/data"));
        assertThat(config.startTimeoutSeconds()).isEqualTo(60);
    }

    @Test
    void aBlankPortMeansTheDefault() throws LaunchException {
        assertThat(LauncherConfig.from(NO_ARGS, Map.of("PORTAL_PORT", "  ")).port()).isEqualTo(8080);
    }

    @Test
    void thePortRangeEndsAreAccepted() throws LaunchException {
        assertThat(LauncherConfig.from(NO_ARGS, Map.of("PORTAL_PORT", "1")).port()).isEqualTo(1);
        assertThat(LauncherConfig.from(NO_ARGS, Map.of("PORTAL_PORT", "65535")).port()).isEqualTo(65535);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "65536", "100000"})
    void aPortOutsideTheTcpRangeIsRefused(String port) {
        assertThatThrownBy(() -> LauncherConfig.from(NO_ARGS, Map.of("PORTAL_PORT", port)))
                .isInstanceOf(LaunchException.class)
                .hasMessage("PORTAL_PORT must be between 1 and 65535, not " + port + ".");
    }

    @Test
    void aPortThatIsNotANumberIsNamedInTheMessage() {
        assertThatThrownBy(() -> LauncherConfig.from(NO_ARGS, Map.of("PORTAL_PORT", "80a")))
                .isInstanceOf(LaunchException.class)
                .hasMessage("PORTAL_PORT must be a whole number, not \"80a\".");
        assertThatThrownBy(() -> LauncherConfig.from(NO_ARGS, Map.of("PORTAL_START_TIMEOUT", "5m")))
                .isInstanceOf(LaunchException.class)
                .hasMessageStartingWith("PORTAL_START_TIMEOUT must be a whole number");
    }

    @Test
    void anUnknownArgumentIsRefusedWithAPointerToTheEnvironmentVariables() {
        assertThatThrownBy(() -> LauncherConfig.from(new String[] {"--port=9090"}, Map.of()))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("Unknown argument --port=9090")
                .hasMessageContaining("--demo")
                .hasMessageContaining("PORTAL_");
        assertThatThrownBy(() -> LauncherConfig.from(new String[] {"--demo", "extra"}, Map.of()))
                .isInstanceOf(LaunchException.class).hasMessageContaining("Unknown argument extra");
    }

    @Test
    void demoDataIsSwitchedOnByTheArgumentOrTheEnvironment() throws LaunchException {
        assertThat(LauncherConfig.from(new String[] {"--demo"}, Map.of()).demo()).isTrue();
        assertThat(LauncherConfig.from(NO_ARGS, Map.of("PORTAL_DEMO", "true")).demo()).isTrue();
        assertThat(LauncherConfig.from(NO_ARGS, Map.of("PORTAL_DEMO", "TRUE")).demo()).isTrue();
        assertThat(LauncherConfig.from(NO_ARGS, Map.of("PORTAL_DEMO", "false")).demo()).isFalse();
        assertThat(LauncherConfig.from(new String[] {"--demo"}, Map.of("PORTAL_DEMO", "false")).demo()).isTrue();
    }

    @Test
    void anExternalDatabaseIsUsedWhenItsUrlIsSet() throws LaunchException {
        LauncherConfig config = LauncherConfig.from(NO_ARGS, Map.of(
                "PORTAL_DB_URL", "jdbc:postgresql://db.example.org:5432/portal",
                "PORTAL_DB_USER", "portal", "PORTAL_DB_PASSWORD", "s3cret:="));

        assertThat(config.database()).contains(new LauncherConfig.ExternalDatabase(
                "jdbc:postgresql://db.example.org:5432/portal", "portal", "s3cret:="));
    }

    @Test
    void userAndPasswordOfAnExternalDatabaseMayBeLeftOut() throws LaunchException {
        assertThat(LauncherConfig.from(NO_ARGS, Map.of("PORTAL_DB_URL", "jdbc:postgresql:portal")).database())
                .contains(new LauncherConfig.ExternalDatabase("jdbc:postgresql:portal", "", ""));
    }

    @Test
    void aBlankDatabaseUrlMeansTheEmbeddedDatabase() throws LaunchException {
        assertThat(LauncherConfig.from(NO_ARGS, Map.of("PORTAL_DB_URL", " ")).database()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://db.example.org/portal", "jdbc:mysql://db.example.org/portal",
            "jdbc:h2:mem:portal", "db.example.org:5432"})
    void aDatabaseUrlThatIsNotPostgreSqlJdbcIsRefused(String url) {
        assertThatThrownBy(() -> LauncherConfig.from(NO_ARGS, Map.of("PORTAL_DB_URL", url)))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("PORTAL_DB_URL must be a PostgreSQL JDBC URL")
                .hasMessageContaining("jdbc:postgresql://");
    }

    @Test
    void payarasHeapIsBoundedByDefaultAndSetByPortalHeap() throws LaunchException {
        assertThat(LauncherConfig.from(NO_ARGS, Map.of()).heap()).isEqualTo("768m");
        assertThat(LauncherConfig.from(NO_ARGS, Map.of("PORTAL_HEAP", "2g")).heap()).isEqualTo("2g");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lots", "768", "-1g", "0m", "2 g"})
    void aHeapThatIsNoSizeIsRefusedInOneLine(String heap) {
        assertThatThrownBy(() -> LauncherConfig.from(NO_ARGS, Map.of("PORTAL_HEAP", heap)))
                .isInstanceOf(LaunchException.class).hasMessageContaining("PORTAL_HEAP");
    }
}

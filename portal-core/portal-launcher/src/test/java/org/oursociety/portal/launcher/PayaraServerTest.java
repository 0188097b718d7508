package org.oursociety.portal.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
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

    /** Payara is told which JSON-P provider to load; a Payara without that class would fail every JSON body. */
    @Test
    void theNamedJsonProviderIsInPayaraMicrosRuntime() throws Exception {
        String providerClass = PayaraServer.JSON_PROVIDER.substring(PayaraServer.JSON_PROVIDER.indexOf('=') + 1)
                .replace('.', '/') + ".class";
        Path payaraMicro = Path.of(fish.payara.micro.PayaraMicro.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        boolean found = false;
        try (ZipFile micro = new ZipFile(payaraMicro.toFile())) {
            for (ZipEntry runtimeJar : java.util.Collections.list(micro.entries())) {
                if (found || !runtimeJar.getName().startsWith("MICRO-INF/runtime/") || !runtimeJar.getName().endsWith(".jar")) {
                    continue;
                }
                try (InputStream in = micro.getInputStream(runtimeJar); ZipInputStream jar = new ZipInputStream(in)) {
                    for (ZipEntry e = jar.getNextEntry(); e != null && !found; e = jar.getNextEntry()) {
                        found = e.getName().equals(providerClass);
                    }
                }
            }
        }
        assertThat(found).as(providerClass + " in " + payaraMicro).isTrue();
    }
}

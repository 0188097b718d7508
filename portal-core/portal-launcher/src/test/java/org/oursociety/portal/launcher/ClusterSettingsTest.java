package org.oursociety.portal.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterSettingsTest {

    private static final String[] NO_ARGS = {};

    private static Map<String, String> cluster(String members) {
        Map<String, String> env = new HashMap<>();
        env.put("PORTAL_DB_URL", "jdbc:postgresql://db.example.org:5432/portal");
        env.put("PORTAL_CLUSTER_MEMBERS", members);
        env.put("PORTAL_CLUSTER_ADDRESS", "10.0.0.11");
        return env;
    }

    @Test
    void withoutMembersThereIsNoClusterAndHazelcastStaysOff() throws LaunchException {
        LauncherConfig config = LauncherConfig.from(NO_ARGS, Map.of());

        assertThat(config.cluster()).isEmpty();
    }

    @Test
    void membersWithoutAPortGetTheDefaultOne() throws LaunchException {
        ClusterSettings settings = LauncherConfig.from(NO_ARGS, cluster("10.0.0.11, 10.0.0.12:5900")).cluster().orElseThrow();

        assertThat(settings.members()).containsExactly("10.0.0.11:6900", "10.0.0.12:5900");
        assertThat(settings.port()).isEqualTo(6900);
        assertThat(settings.name()).isEqualTo("oursociety");
        assertThat(settings.instance()).isEqualTo("10.0.0.11-8080");
        assertThat(settings.hostAware()).isTrue();
    }

    @Test
    void membersOnOneHostKeepTheirBackupsOnEachOther() throws LaunchException {
        ClusterSettings settings = LauncherConfig.from(NO_ARGS, cluster("127.0.0.1:6900,127.0.0.1:6901")).cluster().orElseThrow();

        assertThat(settings.hostAware()).isFalse();
        assertThat(PayaraServer.clusterOptions(settings)).contains("--nohostaware");
    }

    @Test
    void theDataGridFindsItsMembersOverTcpOnThePrivateAddressOnly() throws LaunchException {
        Map<String, String> env = cluster("10.0.0.11:6900,10.0.0.12:6900");
        env.put("PORTAL_CLUSTER_PORT", "6900");
        env.put("PORTAL_CLUSTER_NAME", "county");
        env.put("PORTAL_INSTANCE_NAME", "web-1");

        List<String> options = PayaraServer.clusterOptions(LauncherConfig.from(NO_ARGS, env).cluster().orElseThrow());

        assertThat(options).containsExactly("--clustermode", "tcpip:10.0.0.11:6900,10.0.0.12:6900",
                "--interfaces", "10.0.0.11", "--startport", "6900", "--clustername", "county", "--name", "web-1");
    }

    @Test
    void aClusterNeedsTheSharedDatabase() {
        Map<String, String> env = cluster("10.0.0.11,10.0.0.12");
        env.remove("PORTAL_DB_URL");

        assertThatThrownBy(() -> LauncherConfig.from(NO_ARGS, env))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("PORTAL_DB_URL");
    }

    @Test
    void aClusterNeedsTheAddressToListenOn() {
        Map<String, String> env = cluster("10.0.0.11,10.0.0.12");
        env.remove("PORTAL_CLUSTER_ADDRESS");

        assertThatThrownBy(() -> LauncherConfig.from(NO_ARGS, env))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("PORTAL_CLUSTER_ADDRESS");
    }

    @Test
    void badMembersPortsAndNamesAreOneClearLine() {
        Map<String, String> badMember = cluster("10.0.0.11;rm -rf /");
        Map<String, String> badPort = cluster("10.0.0.11");
        badPort.put("PORTAL_CLUSTER_PORT", "70000");
        Map<String, String> badName = cluster("10.0.0.11");
        badName.put("PORTAL_CLUSTER_NAME", "a b");

        assertThatThrownBy(() -> LauncherConfig.from(NO_ARGS, badMember)).hasMessageContaining("host:port");
        assertThatThrownBy(() -> LauncherConfig.from(NO_ARGS, badPort)).hasMessageContaining("PORTAL_CLUSTER_PORT");
        assertThatThrownBy(() -> LauncherConfig.from(NO_ARGS, badName)).hasMessageContaining("PORTAL_CLUSTER_NAME");
    }
}

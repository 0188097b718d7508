package org.oursociety.portal.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How this instance joins the others when a council runs several (docs/DEPLOY.md). Payara Micro's data
 * grid (Hazelcast) finds its members over TCP from a fixed list, never by multicast, and listens only on
 * the address given, so it can be kept to a private network. Without {@code PORTAL_CLUSTER_MEMBERS}
 * there is no cluster and nothing but the HTTP port listens.
 *
 * @param members    every instance's data-grid address as {@code host:port}
 * @param address    the address this instance's data grid listens on (one of this machine's own)
 * @param port       the port it listens on
 * @param name       the cluster's name: instances with another name never join it
 * @param instance   this instance's name in logs and Payara's member list
 * @param hostAware  false when every member is on one host, where Payara's default (no backup on a member
 *                   with the same address) would keep no backup of anything
 */
public record ClusterSettings(List<String> members, String address, int port, String name, String instance,
                              boolean hostAware) {

    static final int DEFAULT_PORT = 6900;
    private static final Pattern MEMBER = Pattern.compile("[A-Za-z0-9.\\-\\[\\]:]+");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._\\-]{1,64}");

    /** Empty when {@code PORTAL_CLUSTER_MEMBERS} is not set: one instance, as always. */
    static Optional<ClusterSettings> from(Map<String, String> env, boolean externalDatabase, int httpPort)
            throws LaunchException {
        String list = blankToNull(env.get("PORTAL_CLUSTER_MEMBERS"));
        if (list == null) {
            return Optional.empty();
        }
        if (!externalDatabase) {
            throw new LaunchException("PORTAL_CLUSTER_MEMBERS needs PORTAL_DB_URL: every instance of a cluster"
                    + " must use the same PostgreSQL server, never its own embedded one.");
        }
        String address = blankToNull(env.get("PORTAL_CLUSTER_ADDRESS"));
        if (address == null || !MEMBER.matcher(address.trim()).matches()) {
            throw new LaunchException("PORTAL_CLUSTER_ADDRESS must be set to the private address this instance's"
                    + " data grid listens on (for example 10.0.0.11), one of the addresses in PORTAL_CLUSTER_MEMBERS.");
        }
        int port = port(env.get("PORTAL_CLUSTER_PORT"), "PORTAL_CLUSTER_PORT", DEFAULT_PORT);
        List<String> members = new ArrayList<>();
        for (String raw : list.split(",")) {
            String member = raw.trim();
            if (member.isEmpty()) {
                continue;
            }
            if (!MEMBER.matcher(member).matches()) {
                throw new LaunchException("PORTAL_CLUSTER_MEMBERS is a comma-separated list of host:port,"
                        + " not \"" + member + "\".");
            }
            members.add(member.lastIndexOf(':') > member.lastIndexOf(']') ? member : member + ":" + DEFAULT_PORT);
        }
        String name = Optional.ofNullable(blankToNull(env.get("PORTAL_CLUSTER_NAME"))).map(String::trim).orElse("oursociety");
        if (!NAME.matcher(name).matches()) {
            throw new LaunchException("PORTAL_CLUSTER_NAME may hold only letters, digits, '.', '_' and '-'.");
        }
        String instance = Optional.ofNullable(blankToNull(env.get("PORTAL_INSTANCE_NAME"))).map(String::trim)
                .orElse(address.trim() + "-" + httpPort);
        if (!NAME.matcher(instance).matches()) {
            throw new LaunchException("PORTAL_INSTANCE_NAME may hold only letters, digits, '.', '_' and '-'.");
        }
        long hosts = members.stream().map(ClusterSettings::host).distinct().count();
        return Optional.of(new ClusterSettings(List.copyOf(members), address.trim(), port, name, instance, hosts > 1));
    }

    private static String host(String member) {
        return member.substring(0, member.lastIndexOf(':'));
    }

    private static int port(String value, String name, int defaultValue) throws LaunchException {
        String text = blankToNull(value);
        if (text == null) {
            return defaultValue;
        }
        try {
            int port = Integer.parseInt(text.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new LaunchException(name + " must be a port between 1 and 65535, not \"" + text + "\".");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

package org.oursociety.directory.listing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tile server of the map beside search results ({@code portal.directory.tiles}, a Leaflet URL template
 * such as {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}; OpenStreetMap's by default) and its
 * attribution. Set to empty, there is no map, only the list, and the pages' Content-Security-Policy names
 * no tile host: a host is let into {@code img-src} only because it is configured here.
 */
@ApplicationScoped
public class MapTiles {

    private final Optional<String> template;
    private final String attribution;
    private final Optional<String> origin;

    @Inject
    public MapTiles(@ConfigProperty(name = "portal.directory.tiles") Optional<String> template,
                    @ConfigProperty(name = "portal.directory.tiles-attribution") Optional<String> attribution) {
        this.template = template.map(String::strip).filter(t -> !t.isEmpty()).filter(MapTiles::isHttp);
        this.attribution = attribution.map(String::strip).orElse("");
        // once: every response of the WAR asks for it (MapTilesPolicyFilter)
        this.origin = this.template.map(MapTiles::originOf);
    }

    /** For CDI's proxy. */
    protected MapTiles() {
        this(Optional.empty(), Optional.empty());
    }

    public boolean isOn() {
        return template.isPresent();
    }

    public String template() {
        return template.orElse("");
    }

    public String attribution() {
        return attribution;
    }

    /** The origin to allow in {@code img-src}; {@code {s}} sub-domains become a wildcard. */
    public Optional<String> origin() {
        return origin;
    }

    private static String originOf(String template) {
        URI uri = URI.create(sample(template));
        String host = template.contains("{s}.") ? "*." + uri.getHost().substring(2) : uri.getHost();
        return uri.getScheme() + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }

    private static boolean isHttp(String template) {
        try {
            URI uri = URI.create(sample(template));
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** An address the template makes: its placeholders filled in. */
    private static String sample(String template) {
        return template.replace("{s}", "s").replaceAll("\\{[^}]*}", "0");
    }
}

package org.oursociety.portal.api.links;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oursociety.portal.api.internal.module.ActiveModules;
import org.oursociety.portal.api.internal.module.ModuleCalls;
import org.oursociety.portal.api.internal.module.ModuleRegistry.RegisteredModule;
import org.oursociety.portal.api.web.PortalCalls;

/**
 * Cards for the links in a member's text that lead to a page of another module of this portal (a
 * proposal, an organisation, a service): asks the module the link belongs to ({@link LinkDescriber}, at
 * {@code <module>/api/links}) with a short time-out, all of a text's links at once, and keeps each answer
 * {@link #KEEP} so a busy topic does not ask again on every view, while a card still follows the thing's
 * changes within that time. A link no module describes (or whose module is slow, down or off) has no card
 * and stays the plain link it is.
 */
@ApplicationScoped
public class LinkCards {

    static final Duration KEEP = Duration.ofSeconds(30);
    static final Duration TIMEOUT = Duration.ofMillis(800);
    static final int MAX_PER_TEXT = 5;
    private static final int MAX_KEPT = 2000;
    private static final Pattern HREF = Pattern.compile("<a\\s[^>]*href=\"([^\"]+)\"");

    @Inject
    ActiveModules modules;

    @Inject
    ModuleCalls calls;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    Clock clock = Clock.systemUTC();

    private record Kept(Optional<LinkCard> card, Instant until) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    /** Made when first needed, so the link rules can be tested without a JSON-B provider. */
    private static final class Json {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    /** The cards for the links of an HTML text (already sanitised), in the order they appear, at most five. */
    public List<LinkCard> inHtml(String html, Locale language) {
        if (html == null || !html.contains("href")) {
            return List.of();
        }
        Set<String> paths = new LinkedHashSet<>();
        Matcher links = HREF.matcher(html);
        while (links.find() && paths.size() < MAX_PER_TEXT) {
            local(unescape(links.group(1))).ifPresent(paths::add);
        }
        List<CompletableFuture<Optional<LinkCard>>> pending = new ArrayList<>();
        for (String path : paths) {
            pending.add(describe(path, language));
        }
        return pending.stream().map(CompletableFuture::join).flatMap(Optional::stream).distinct().toList();
    }

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|quot|lt|gt|apos);");

    /** An attribute's value as the browser reads it: the sanitiser writes {@code =} as {@code &#61;}, for one. */
    static String unescape(String attribute) {
        Matcher entity = ENTITY.matcher(attribute);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String character = switch (name) {
                case "amp" -> "&";
                case "quot" -> "\"";
                case "lt" -> "<";
                case "gt" -> ">";
                case "apos" -> "'";
                default -> {
                    int code = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                    yield Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "";
                }
            };
            entity.appendReplacement(out, Matcher.quoteReplacement(character));
        }
        entity.appendTail(out);
        return out.toString();
    }

    /**
     * The path and query of a link to this portal: a path ({@code /budget/...}) or an absolute address on
     * the portal's own host ({@code portal.base-url}); anything else is empty.
     */
    Optional<String> local(String href) {
        try {
            URI uri = new URI(href.strip());
            if (uri.getScheme() != null) {
                URI base = new URI(baseUrl);
                if (!uri.getScheme().toLowerCase(Locale.ROOT).matches("https?") || uri.getHost() == null
                        || !uri.getHost().equalsIgnoreCase(base.getHost()) || port(uri) != port(base)) {
                    return Optional.empty();
                }
            } else if (uri.getRawAuthority() != null || uri.getRawPath() == null || !uri.getRawPath().startsWith("/")) {
                return Optional.empty();
            }
            String path = uri.getRawPath();
            if (path == null || path.isEmpty() || path.contains("..")) {
                return Optional.empty();
            }
            return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private CompletableFuture<Optional<LinkCard>> describe(String path, Locale language) {
        String key = language.getLanguage() + " " + path;
        Instant now = clock.instant();
        Kept known = kept.get(key);
        if (known != null && known.until().isAfter(now)) {
            return CompletableFuture.completedFuture(known.card());
        }
        Optional<RegisteredModule> owner = modules.active().stream()
                .filter(m -> !m.getContextPath().isEmpty() && path.startsWith(m.getContextPath() + "/")).findFirst();
        if (owner.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        String lang = language.getLanguage();
        return calls.ask(owner.get(), "links?href=" + URLEncoder.encode(path, StandardCharsets.UTF_8) + "&lang=" + lang,
                lang, Optional.empty(), TIMEOUT, body -> Json.JSONB.fromJson(body, LinkCard.class))
                .thenApply(answer -> {
                    Optional<LinkCard> card = answer.answered().filter(LinkCards::fit);
                    if (kept.size() > MAX_KEPT) {
                        kept.clear();
                    }
                    kept.put(key, new Kept(card, clock.instant().plus(KEEP)));
                    return card;
                });
    }

    private static boolean fit(LinkCard card) {
        return card.title() != null && !card.title().isBlank() && PortalCalls.portalPath(card.href()) != null;
    }
}

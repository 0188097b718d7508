package org.oursociety.core.home.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.oursociety.portal.api.area.AreaDirectory;
import org.oursociety.portal.api.home.AreaCard;
import org.oursociety.portal.api.internal.cache.CacheInvalidation;
import org.oursociety.portal.api.internal.cache.Refreshed;
import org.oursociety.portal.api.internal.module.ModuleCalls;
import org.oursociety.portal.api.internal.module.ModuleRegistry.RegisteredModule;
import org.oursociety.portal.api.web.PortalCalls;

/**
 * Asks each module that is on in an area for its card ({@code <module>/api/areas/{area}/card?lang=}) on
 * this server, all at once, with the reader's own token (so a module shows what that reader may see)
 * and a short time-out ({@link ModuleCalls}). A module that is off, slow, down or answers with anything
 * but a card leaves nothing: the home page must never wait for, or fail because of, one module.
 */
@ApplicationScoped
public class ModuleCards {

    @Inject
    ModuleCalls calls;

    static final int MAX_REMEMBERED = 10_000;

    /** The reader is their token: a module shows what that reader may see. */
    private record Key(String areaSlug, String language, String token, List<String> modules) {
    }

    private final Map<Key, Refreshed<List<AreaCard>>> remembered = new ConcurrentHashMap<>();
    Clock clock = Clock.systemUTC();

    private final Jsonb jsonb = JsonbBuilder.create();

    /**
     * The cards in the modules' order; modules without one are left out. Remembered for
     * {@link AreaDirectory#MAX_AGE} per area, language, reader and set of modules: without that every home
     * page cost a request to each module (and their queries); with it a module's news shows within 2 s,
     * the time every WAR takes to see another's changes. {@link CacheInvalidation.Topic#MODULE_CARDS}
     * (key: the area's slug) forgets them at once.
     */
    public List<AreaCard> fetch(List<RegisteredModule> modules, String areaSlug, String language, Optional<String> token) {
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        List<String> moduleKeys = modules.stream().map(m -> m.getId() + "=" + m.getContextPath()).toList();
        return remembered.computeIfAbsent(new Key(areaSlug, language, token.orElse(""), moduleKeys),
                key -> Refreshed.keepingLast("the home page's cards", () -> ask(modules, areaSlug, language, token),
                        clock, AreaDirectory.MAX_AGE, List.of())).get();
    }

    @PostConstruct
    void listen() {
        CacheInvalidation.listen(CacheInvalidation.Topic.MODULE_CARDS, area -> {
            if (area == null) {
                remembered.clear();
            } else {
                remembered.keySet().removeIf(key -> key.areaSlug().equals(area));
            }
        });
    }

    private List<AreaCard> ask(List<RegisteredModule> modules, String areaSlug, String language, Optional<String> token) {
        String path = "areas/" + URLEncoder.encode(areaSlug, StandardCharsets.UTF_8) + "/card?lang=" + language;
        return calls.askAll(modules, m -> path, language, token, ModuleCalls.TIMEOUT, body -> jsonb.fromJson(body, AreaCard.class))
                .stream().flatMap(answer -> answer.answered().flatMap(card -> card(answer.module(), card)).stream())
                .toList();
    }

    private static Optional<AreaCard> card(RegisteredModule module, AreaCard card) {
        if (card.title() == null || card.title().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new AreaCard(module.getId(), card.title(), card.summary(),
                card.items().size() > 5 ? card.items().subList(0, 5) : card.items(), safe(card.href()), card.action()));
    }

    /** Only links within the portal: a module's card cannot send residents elsewhere. */
    public static String safe(String href) {
        return PortalCalls.portalPath(href);
    }
}

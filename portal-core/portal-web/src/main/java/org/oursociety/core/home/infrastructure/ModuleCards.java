package org.oursociety.core.home.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.oursociety.portal.api.home.AreaCard;
import org.oursociety.portal.api.internal.module.ModuleCalls;
import org.oursociety.portal.api.internal.module.ModuleRegistry.RegisteredModule;

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

    private final Jsonb jsonb = JsonbBuilder.create();

    /** The cards in the modules' order; modules without one are left out. */
    public List<AreaCard> fetch(List<RegisteredModule> modules, String areaSlug, String language, Optional<String> token) {
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
        return href != null && href.startsWith("/") && !href.startsWith("//") ? href : null;
    }
}

package org.oursociety.core.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.oursociety.core.platform.CoreRefusal;
import org.oursociety.portal.api.area.AreaDirectory;
import org.oursociety.portal.api.area.AreaMap;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.internal.module.ActiveModules;
import org.oursociety.portal.api.internal.module.ModuleCalls;
import org.oursociety.portal.api.internal.module.ModuleRegistry.RegisteredModule;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.web.PortalCalls;

/**
 * The portal's one search in an area: asks every module that is on there for what it finds
 * ({@code <module>/api/areas/{area}/portal-search}, portal-api's {@code AreaSearchProvider}) at once, with the
 * reader's token and a short time-out ({@link ModuleCalls}), and answers one group per module in the
 * header's order. A module that is off in the area, or slow, down or broken, is a group with no results
 * and a note saying so, in the reader's language: the search never fails because of one module.
 */
@ApplicationScoped
public class PortalSearch {

    public static final int MAX_QUERY = 200;
    private static final String MESSAGES = "org.oursociety.core.Messages";

    /** One thing found: a title, an address within the portal, a line of plain text. */
    public record Result(String title, String href, String snippet) {
    }

    /** What one module said; {@code note} instead of results when it could not say. */
    public record Group(String module, String name, List<Result> results, String note) {
    }

    /** How a module answers: what {@code AreaSearchResource} sends. */
    public record Found(List<Result> results) {
    }

    @Inject
    AreaDirectory areas;

    @Inject
    ActiveModules modules;

    @Inject
    ModuleCalls calls;

    private final Jsonb jsonb = JsonbBuilder.create();

    /** Refuses bad input (400 at {@code q}, 404 for an unknown area) before asking anyone. */
    public List<Group> search(String areaSlug, String q, Locale language, Optional<String> token) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty() || query.length() > MAX_QUERY) {
            throw Refusal.invalid("q", CoreRefusal.message("search.query", MAX_QUERY));
        }
        AreaMap map = areas.current();
        AreaMap.AreaRef area = Optional.ofNullable(areaSlug).flatMap(map::bySlug)
                .orElseThrow(() -> CoreRefusal.notFound("search.area-unknown"));
        List<RegisteredModule> all = modules.active();
        List<RegisteredModule> on = all.stream().filter(m -> map.isEnabled(m.getId(), area)).toList();
        String lang = language.getLanguage();
        String path = "areas/" + URLEncoder.encode(area.slug(), StandardCharsets.UTF_8) + "/portal-search?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&lang=" + lang;
        Map<String, ModuleCalls.Answer<Found>> answers = new java.util.HashMap<>();
        calls.askAll(on, m -> path, lang, token, ModuleCalls.TIMEOUT, body -> jsonb.fromJson(body, Found.class))
                .forEach(a -> answers.put(a.module().getId(), a));
        List<Group> groups = new ArrayList<>();
        for (RegisteredModule module : all) {
            String name = name(module, language);
            ModuleCalls.Answer<Found> answer = answers.get(module.getId());
            if (answer == null) {
                groups.add(new Group(module.getId(), name, List.of(),
                        new Message(MESSAGES, "search.note.off", name, area.name()).in(language)));
            } else if (answer.outcome() == ModuleCalls.Outcome.FAILED) {
                groups.add(new Group(module.getId(), name, List.of(),
                        new Message(MESSAGES, "search.note.failed", name).in(language)));
            } else if (answer.outcome() == ModuleCalls.Outcome.ANSWERED) {
                groups.add(new Group(module.getId(), name, safe(answer.value()), null));
            }
            // NOTHING: the module has no search (204); it is not part of the portal's search
        }
        return groups;
    }

    /** Only well-formed results that stay within the portal. */
    private static List<Result> safe(Found found) {
        if (found.results() == null) {
            return List.of();
        }
        return found.results().stream()
                .filter(r -> r != null && r.title() != null && !r.title().isBlank() && PortalCalls.portalPath(r.href()) != null)
                .limit(20).toList();
    }

    private static String name(RegisteredModule module, Locale language) {
        try {
            return ResourceBundle.getBundle("org.oursociety.portal.api.Messages", language)
                    .getString("module." + module.getId());
        } catch (MissingResourceException e) {
            return module.getName();
        }
    }
}

package org.oursociety.core.privacy.infrastructure;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.oursociety.core.privacy.domain.ModulePart;
import org.oursociety.portal.api.internal.module.ModuleRegistry.RegisteredModule;
import org.oursociety.portal.api.privacy.DataPart;

/**
 * Fetches each module's part of an export from {@code <module>/api/me/data-part} on this server,
 * with the resident's own token, all modules at once. A module that does not answer well within
 * the timeout is marked unavailable: one module being down must not stop a resident getting the rest.
 */
public class ModuleDataParts {

    private static final Logger LOG = Logger.getLogger(ModuleDataParts.class.getName());

    private final int port;
    private final Duration timeout;
    private final HttpClient http;
    private final Jsonb jsonb = JsonbBuilder.create();

    public ModuleDataParts(int port, Duration timeout) {
        this.port = port;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public Map<String, ModulePart> fetch(List<RegisteredModule> modules, String token) {
        Map<String, CompletableFuture<ModulePart>> pending = new LinkedHashMap<>();
        for (RegisteredModule module : modules) {
            pending.put(module.getId(), fetch(module, token));
        }
        Map<String, ModulePart> parts = new LinkedHashMap<>();
        pending.forEach((id, part) -> parts.put(id, part.join()));
        return parts;
    }

    private CompletableFuture<ModulePart> fetch(RegisteredModule module, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + module.getContextPath() + "/api/me/data-part"))
                .timeout(timeout).header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> part(module, response))
                .exceptionally(e -> {
                    LOG.log(Level.WARNING, "Module {0} gave no data for an export: {1}", new Object[]{module.getId(), e.getMessage()});
                    return ModulePart.unavailable(module.getName());
                });
    }

    private ModulePart part(RegisteredModule module, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            LOG.log(Level.WARNING, "Module {0} answered {1} for an export", new Object[]{module.getId(), response.statusCode()});
            return ModulePart.unavailable(module.getName());
        }
        try {
            return ModulePart.included(module.getName(), jsonb.fromJson(response.body(), DataPart.class).sections());
        } catch (JsonbException e) {
            LOG.log(Level.WARNING, "Module {0} sent an export part that is not JSON: {1}", new Object[]{module.getId(), e.getMessage()});
            return ModulePart.unavailable(module.getName());
        }
    }
}

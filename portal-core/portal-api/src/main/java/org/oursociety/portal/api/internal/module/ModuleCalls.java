package org.oursociety.portal.api.internal.module;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one way a WAR asks other WARs of this server over their JSON APIs: on 127.0.0.1, with the reader's
 * own token (so each module answers with what that reader may see) or none, and a short time-out. Used
 * by the core's area cards and search (every module that is on in an area, in parallel) and by the link
 * cards (one module). A module that is slow, down or answers with anything but 200 gives no answer; the
 * caller decides what that means, and never waits for one module longer than the time-out.
 */
@ApplicationScoped
public class ModuleCalls {

    private static final Logger LOG = Logger.getLogger(ModuleCalls.class.getName());
    public static final Duration TIMEOUT = Duration.ofMillis(1500);

    /** What one module said: a value, nothing to say (204, 404), or no answer in time (slow, down, broken). */
    public record Answer<T>(ModuleRegistry.RegisteredModule module, Outcome outcome, T value) {
        public Optional<T> answered() {
            return outcome == Outcome.ANSWERED ? Optional.ofNullable(value) : Optional.empty();
        }
    }

    public enum Outcome { ANSWERED, NOTHING, FAILED }

    @Inject
    @ConfigProperty(name = "portal.http.port", defaultValue = "8080")
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** For CDI. */
    public ModuleCalls() {
    }

    /** Outside the container (tests): modules on this port. */
    public ModuleCalls(int port) {
        this.port = port;
    }

    /**
     * Asks every module at once for {@code <module>/api/<path>}, where {@code path} is made per module
     * (already URL-encoded), and reads each 200's body with {@code read} (a throw or {@code null} is a
     * failed answer). Answers in the modules' order.
     */
    public <T> List<Answer<T>> askAll(List<ModuleRegistry.RegisteredModule> modules,
                                      Function<ModuleRegistry.RegisteredModule, String> path, String language,
                                      Optional<String> token, Duration timeout, Function<String, T> read) {
        List<CompletableFuture<Answer<T>>> pending = new ArrayList<>();
        for (ModuleRegistry.RegisteredModule module : modules) {
            pending.add(ask(module, path.apply(module), language, token, timeout, read));
        }
        return pending.stream().map(CompletableFuture::join).toList();
    }

    /** Asks one module for {@code <module>/api/<path>}; the future always completes, never exceptionally. */
    public <T> CompletableFuture<Answer<T>> ask(ModuleRegistry.RegisteredModule module, String path, String language,
                                                Optional<String> token, Duration timeout, Function<String, T> read) {
        URI uri = URI.create("http://127.0.0.1:" + port + module.getContextPath() + "/api/" + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                .header("Accept-Language", language).GET();
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        // The request's time-out (until the answer's headers) is the one limit, as the home cards always had.
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> answer(module, response, read))
                .exceptionally(e -> {
                    LOG.log(Level.FINE, "Module {0} did not answer {1}: {2}", new Object[]{module.getId(), path, e.getMessage()});
                    return new Answer<>(module, Outcome.FAILED, null);
                });
    }

    private static <T> Answer<T> answer(ModuleRegistry.RegisteredModule module, HttpResponse<String> response,
                                        Function<String, T> read) {
        int status = response.statusCode();
        if (status == 204 || status == 404) {
            return new Answer<>(module, Outcome.NOTHING, null);
        }
        if (status != 200) {
            return new Answer<>(module, Outcome.FAILED, null);
        }
        try {
            T value = read.apply(response.body());
            return new Answer<>(module, value == null ? Outcome.FAILED : Outcome.ANSWERED, value);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Module {0} answered {1} with what it should not: {2}",
                    new Object[]{module.getId(), response.uri().getPath(), e.getMessage()});
            return new Answer<>(module, Outcome.FAILED, null);
        }
    }
}

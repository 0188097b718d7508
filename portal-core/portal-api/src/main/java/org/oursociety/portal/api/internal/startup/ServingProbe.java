package org.oursociety.portal.api.internal.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Waits until this WAR's own context answers HTTP requests, then runs an action.
 *
 * <p>A WAR's startup bean runs while the server is still deploying it: its URLs answer 404 until
 * the deployment finishes. Declaring the WAR ready (or registering a module) at that point would
 * let {@code /health/ready} say 200 while a page still 404s, so the WAR asks itself first.
 */
public final class ServingProbe {

    private static final Logger LOG = Logger.getLogger(ServingProbe.class.getName());
    private static final Duration INTERVAL = Duration.ofMillis(100);
    /** After this, the action runs anyway: the port setting may simply not match this server. */
    private static final Duration GIVE_UP = Duration.ofMinutes(2);

    private final URI target;
    private final ScheduledExecutorService scheduler;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * @param port        the port this server listens on ({@code portal.http.port})
     * @param contextPath the WAR's context path, {@code ""} for the root
     * @param path        a path inside the WAR that answers without signing in (any status but 404)
     */
    public ServingProbe(int port, String contextPath, String path, ScheduledExecutorService scheduler) {
        this.target = URI.create("http://127.0.0.1:" + port + contextPath + path);
        this.scheduler = scheduler;
    }

    public void whenServing(Runnable action) {
        Instant deadline = Instant.now().plus(GIVE_UP);
        scheduler.schedule(() -> poll(action, deadline), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void poll(Runnable action, Instant deadline) {
        if (isServing()) {
            action.run();
        } else if (Instant.now().isAfter(deadline)) {
            LOG.log(Level.WARNING, "{0} still does not answer after {1} s; carrying on without it (is portal.http.port right?)",
                    new Object[]{target, GIVE_UP.toSeconds()});
            action.run();
        } else {
            scheduler.schedule(() -> poll(action, deadline), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    boolean isServing() {
        try {
            HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(5)).GET().build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status != 404 && status != 503;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

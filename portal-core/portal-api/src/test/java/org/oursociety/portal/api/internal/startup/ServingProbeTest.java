package org.oursociety.portal.api.internal.startup;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServingProbeTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private HttpServer server;

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void theActionWaitsUntilTheContextStopsAnswering404() throws Exception {
        AtomicInteger status = new AtomicInteger(404);
        AtomicInteger requests = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/forum/api/me", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
        CountDownLatch ran = new CountDownLatch(1);

        new ServingProbe(server.getAddress().getPort(), "/forum", "/api/me", scheduler).whenServing(ran::countDown);

        // Wait for the probe's second question (not a fixed time: on a loaded machine the first may be slow).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (requests.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(requests.get()).as("the probe kept asking").isGreaterThan(1);
        assertThat(ran.getCount()).as("ran while the context still answered 404").isEqualTo(1);
        status.set(401);
        assertThat(ran.await(5, TimeUnit.SECONDS)).as("ran once the context answered 401").isTrue();
    }

    @Test
    void nothingListeningIsNotServing() {
        ServingProbe probe = new ServingProbe(freePort(), "", "/api/me", scheduler);

        assertThat(probe.isServing()).isFalse();
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.oursociety.directory.listing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.rest.Refusal;

class SearchGateTest {

    @Test
    void noMoreSearchesRunAtOnceThanItHasTurns() throws Exception {
        SearchGate gate = new SearchGate(2, Duration.ofSeconds(30));
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService residents = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<Integer>> searches = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                searches.add(heldSearch(gate, residents, release, i,
                        () -> most.accumulateAndGet(running.incrementAndGet(), Math::max), running::decrementAndGet));
            }
            waitUntil(() -> gate.waiting() == 4);
            assertThat(running.get()).isEqualTo(2);

            release.countDown();
            for (int i = 0; i < 6; i++) {
                assertThat(searches.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
            }
            assertThat(most.get()).isEqualTo(2);
        } finally {
            residents.shutdownNow();
        }
    }

    @Test
    void searchesWaitingForATurnHaveItInTheOrderTheyCame() throws Exception {
        SearchGate gate = new SearchGate(1, Duration.ofSeconds(30));
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> order = new CopyOnWriteArrayList<>();
        ExecutorService residents = Executors.newFixedThreadPool(5);
        try {
            List<CompletableFuture<Integer>> searches = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                int n = i;
                searches.add(heldSearch(gate, residents, release, n, () -> order.add(n), () -> { }));
                waitUntil(() -> order.size() + gate.waiting() == n + 1); // queued before the next one comes
            }
            release.countDown();
            for (CompletableFuture<Integer> search : searches) {
                search.get(10, TimeUnit.SECONDS);
            }
            assertThat(order).containsExactly(0, 1, 2, 3, 4);
        } finally {
            residents.shutdownNow();
        }
    }

    @Test
    void aSearchThatCannotHaveATurnInTimeIsToldTheDirectoryIsBusyAndWhenToTryAgain() throws Exception {
        SearchGate gate = new SearchGate(1, Duration.ofMillis(200));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService resident = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> gate.run(() -> {
                started.countDown();
                await(release);
                return "first";
            }), resident);
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> gate.run(() -> "second"))
                    .isInstanceOfSatisfying(Refusal.class, busy -> {
                        assertThat(busy.kind()).isEqualTo(Refusal.Kind.UNAVAILABLE);
                        assertThat(busy.retryAfter()).contains(SearchGate.TRY_AGAIN_IN);
                        assertThat(busy.toProblem(Locale.ENGLISH).detail())
                                .isEqualTo("Many people are searching the directory just now. Search again in a moment.");
                        assertThat(busy.toProblem(Locale.forLanguageTag("cy")).detail())
                                .startsWith("Mae llawer o bobl yn chwilio'r cyfeiriadur");
                    });

            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(gate.run(() -> "third")).isEqualTo("third"); // the turn was given back
        } finally {
            resident.shutdownNow();
        }
    }

    @Test
    void aSearchThatFailsGivesItsTurnBack() {
        SearchGate gate = new SearchGate(1, Duration.ofMillis(200));

        assertThatThrownBy(() -> gate.run(() -> {
            throw new IllegalStateException("Cannot read the directory");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(gate.run(() -> "next")).isEqualTo("next");
    }

    /** Search {@code n}: once it has its turn, {@code onTurn}; then it holds the turn until {@code release}. */
    private static CompletableFuture<Integer> heldSearch(SearchGate gate, ExecutorService residents,
                                                         CountDownLatch release, int n, Runnable onTurn,
                                                         Runnable onRelease) {
        return CompletableFuture.supplyAsync(() -> gate.run(() -> {
            onTurn.run();
            await(release);
            onRelease.run();
            return n;
        }), residents);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
    }
}

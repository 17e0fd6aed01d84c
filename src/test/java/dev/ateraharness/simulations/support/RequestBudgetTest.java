package dev.ateraharness.simulations.support;

import dev.ateraharness.client.http.RequestTag;
import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.http.TransportException;
import dev.ateraharness.client.http.TransportRequest;
import dev.ateraharness.client.http.TransportResponse;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RequestBudgetTest {

    @Test
    void no_more_than_the_budget_reaches_the_wire_even_from_many_threads() {
        AtomicInteger sent = new AtomicInteger();
        Transport wire = request -> {
            sent.incrementAndGet();
            return CompletableFuture.completedFuture(null);
        };
        RequestBudget budget = new RequestBudget(100);
        Transport limited = budget.wrap(wire);

        List<CompletableFuture<TransportResponse>> results = new ArrayList<>();
        IntStream.range(0, 500).parallel().mapToObj(i -> limited.send(request()))
                .forEachOrdered(results::add);

        assertThat(sent.get()).isEqualTo(100);
        assertThat(budget.used()).isEqualTo(100);
        assertThat(results.stream().filter(CompletableFuture::isCompletedExceptionally)).hasSize(400);
        assertThat(results.stream().filter(CompletableFuture::isCompletedExceptionally).findFirst().orElseThrow())
                .failsWithin(Duration.ZERO).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(TransportException.class).withMessageContaining("budget of 100");
    }

    private static TransportRequest request() {
        return new TransportRequest("GET", URI.create("https://app.atera.com/api/v3/tickets"), Map.of(), null,
                Duration.ofSeconds(5), new RequestTag("tickets", "/tickets", true, false, 0L));
    }
}

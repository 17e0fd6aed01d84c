package dev.ateraharness.simulations.support;

import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.http.TransportException;
import dev.ateraharness.client.http.TransportLayer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hard cap on the number of HTTP requests a run may send, as a client {@link TransportLayer} placed innermost
 * (next to the wire), so retries count too.
 *
 * <p>Guarantees: at most {@code budget} requests ever reach the wrapped transport, across threads; every request
 * beyond it fails at once with a {@link TransportException} saying so, without being sent. Does not: reserve
 * budget for particular operations, or reset.
 */
public final class RequestBudget implements TransportLayer {

    private final int budget;
    private final AtomicInteger used = new AtomicInteger();

    public RequestBudget(int budget) {
        if (budget <= 0) {
            throw new IllegalArgumentException("budget must be positive: " + budget);
        }
        this.budget = budget;
    }

    @Override
    public Transport wrap(Transport next) {
        return request -> {
            if (used.incrementAndGet() > budget) {
                used.decrementAndGet();
                return CompletableFuture.failedFuture(
                        new TransportException("request budget of " + budget + " exhausted; not sent: " + request));
            }
            return next.send(request);
        };
    }

    /** Requests sent so far. */
    public int used() {
        return used.get();
    }

    public int budget() {
        return budget;
    }
}

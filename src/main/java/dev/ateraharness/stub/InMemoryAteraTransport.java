package dev.ateraharness.stub;

import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.http.TransportRequest;
import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.time.Scheduler;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The in-memory door of the stub: a {@link Transport} that hands each request to an {@link AteraServerModel} on
 * any {@link Scheduler} ({@link dev.ateraharness.time.VirtualTime} included), so the real client runs against
 * the same model the HTTP stub serves, with no socket and no thread.
 *
 * <p>Timing (as the HTTP stub on loopback, where the network legs are negligible): a request sent at t
 * <em>arrives</em> at t: the model stamps it with t, the key's limiter judges it at t, and its arrival record is
 * appended then, in the order of {@code send} calls. The model's latency L (the faults file's {@code latency},
 * which the HTTP door applies as a fixed delay after arrival) is applied on the scheduler: the response completes
 * the future at t + L, with {@code receivedNanos} = t + L. A request with a timeout T &lt; L fails with
 * {@link HttpTimeoutException} at t + T; it has arrived and counts, as on the real server. A connection reset or
 * empty response fails with an {@link IOException} at t + L (status 0 in the arrival log).
 *
 * <p>Guarantees: never blocks and never throws from {@code send}; completes each future exactly once, from a
 * scheduler task (never on the caller's stack); deterministic on a deterministic scheduler. The request URI's
 * path must be under {@code /api/v3} as on Atera (e.g. {@code https://atera.simulated/api/v3}); host and scheme
 * are ignored. Links in pages are built on {@link AteraServerModel#baseUrl()}, set to {@link #DEFAULT_BASE_URI}
 * if the model has none.
 */
public final class InMemoryAteraTransport implements Transport {

    /** The base URL the in-memory door answers on (never resolved: nothing leaves the JVM). */
    public static final URI DEFAULT_BASE_URI = URI.create("https://atera.simulated/api/v3");

    private final AteraServerModel model;
    private final Scheduler scheduler;

    private InMemoryAteraTransport(AteraServerModel model, Scheduler scheduler) {
        this.model = Objects.requireNonNull(model, "model");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        if (model.baseUrl().isEmpty()) {
            model.baseUrl(DEFAULT_BASE_URI.toString());
        }
    }

    /** The door to {@code model} on {@code scheduler} (arrival times are read from {@code scheduler.clock()}). */
    public static InMemoryAteraTransport of(AteraServerModel model, Scheduler scheduler) {
        return new InMemoryAteraTransport(model, scheduler);
    }

    /** The model behind this door. */
    public AteraServerModel model() {
        return model;
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        CompletableFuture<TransportResponse> future = new CompletableFuture<>();
        StubResponse answer;
        try {
            long now = scheduler.clock().nanos();
            URI uri = request.uri();
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            answer = model.handle(new StubRequest(request.method(), path, uri.getRawQuery(), request.headers(),
                    request.body(), now));
        } catch (RuntimeException e) {
            scheduler.schedule(0, () -> future.completeExceptionally(new IOException("in-memory stub failed: " + e, e)));
            return future;
        }
        long latency = Math.max(0, answer.latencyNanos());
        Duration timeout = request.timeout();
        long timeoutNanos = timeout == null ? Long.MAX_VALUE : Math.max(0, timeout.toNanos());
        if (latency > timeoutNanos) {
            scheduler.schedule(timeoutNanos, () -> future.completeExceptionally(
                    new HttpTimeoutException("request timed out after " + timeout)));
            return future;
        }
        scheduler.schedule(latency, () -> deliver(future, answer));
        return future;
    }

    private void deliver(CompletableFuture<TransportResponse> future, StubResponse answer) {
        switch (answer.fault()) {
            case CONNECTION_RESET -> future.completeExceptionally(new IOException("connection reset by the stub (fault)"));
            case EMPTY_RESPONSE -> future.completeExceptionally(new IOException("the stub closed the connection without a response (fault)"));
            default -> future.complete(new TransportResponse(answer.status(), answer.headers(), answer.body(),
                    scheduler.clock().nanos()));
        }
    }
}

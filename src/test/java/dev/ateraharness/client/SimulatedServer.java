package dev.ateraharness.client;

import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.http.TransportRequest;
import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.time.Scheduler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A paged tickets server as a {@link Transport}: answers after {@code latencyNanos} on the given scheduler (or
 * at once when the scheduler is null), with {@code total} tickets in pages of the requested size.
 */
final class SimulatedServer implements Transport {

    final List<TransportRequest> requests = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    private final Scheduler scheduler;
    private final long latencyNanos;
    private final int total;

    private final int maxPageSize;

    SimulatedServer(Scheduler scheduler, long latencyNanos, int total) {
        this(scheduler, latencyNanos, total, Integer.MAX_VALUE);
    }

    /** As above, clamping page sizes above {@code maxPageSize} (and echoing the clamped size). */
    SimulatedServer(Scheduler scheduler, long latencyNanos, int total, int maxPageSize) {
        this.scheduler = scheduler;
        this.latencyNanos = latencyNanos;
        this.total = total;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        requests.add(request);
        String q = request.uri().getRawQuery();
        int page = param(q, "page");
        int size = Math.min(maxPageSize, param(q, "itemsInPage"));
        int first = (page - 1) * size;
        int n = Math.max(0, Math.min(size, total - first));
        int pages = Math.max(1, (total + size - 1) / size);
        String body = Stubs.page(Stubs.tickets(first + 1, n), page, size, total, pages,
                page >= pages ? "" : null);
        if (scheduler == null) {
            return CompletableFuture.completedFuture(response(body, 0));
        }
        CompletableFuture<TransportResponse> f = new CompletableFuture<>();
        scheduler.schedule(latencyNanos, () -> f.complete(response(body, scheduler.clock().nanos())));
        return f;
    }

    private static TransportResponse response(String body, long now) {
        return new TransportResponse(200, Map.of("Content-Type", List.of("application/json")),
                body.getBytes(StandardCharsets.UTF_8), now);
    }

    private static int param(String query, String name) {
        for (String kv : query.split("&")) {
            String[] p = kv.split("=");
            if (p[0].equals(name)) {
                return Integer.parseInt(p[1]);
            }
        }
        throw new IllegalArgumentException("no " + name + " in " + query);
    }
}

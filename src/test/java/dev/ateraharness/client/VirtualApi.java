package dev.ateraharness.client;

import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.http.TransportRequest;
import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.time.VirtualTime;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Test double: a small Atera on a {@link VirtualTime}. Lists of {@code total} items for any path, single GETs
 * echoing the id, each answered after {@code latencyNanos}; records the virtual send time of every request.
 * {@code script} may answer a request itself (a status), else it gets the normal answer.
 *
 * <p>Why a fake and not the stub's model ({@link InMemoryAtera}): {@link DefaultResilienceTest} needs exact
 * per-request scripts (exactly two 503s then success, a 429 with an HTTP-date Retry-After, a 503 with a one-hour
 * Retry-After), which the model's seeded fault draws and real limiter cannot give request by request.
 */
final class VirtualApi implements Transport {

    final List<Long> sendTimes = Collections.synchronizedList(new ArrayList<>());
    final List<TransportRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final VirtualTime time;
    private final long latencyNanos;
    private final int total;
    private Function<TransportRequest, TransportResponse> script = r -> null;

    VirtualApi(VirtualTime time, long latencyNanos, int total) {
        this.time = time;
        this.latencyNanos = latencyNanos;
        this.total = total;
    }

    VirtualApi script(Function<TransportRequest, TransportResponse> s) {
        this.script = s;
        return this;
    }

    TransportResponse status(int status, Map<String, List<String>> headers) {
        return new TransportResponse(status, headers, new byte[0], time.nanos());
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        sendTimes.add(time.nanos());
        requests.add(request);
        CompletableFuture<TransportResponse> f = new CompletableFuture<>();
        time.schedule(latencyNanos, () -> {
            TransportResponse scripted = script.apply(request);
            f.complete(scripted != null ? scripted : answer(request));
        });
        return f;
    }

    private TransportResponse answer(TransportRequest request) {
        String path = request.uri().getPath();
        String q = request.uri().getRawQuery();
        String body;
        if (q == null) {
            String id = path.substring(path.lastIndexOf('/') + 1);
            body = "{\"TicketID\":" + id + ",\"CustomerID\":" + id + ",\"MachineID\":" + id + "}";
        } else {
            int page = param(q, "page");
            int size = param(q, "itemsInPage");
            int first = (page - 1) * size;
            int n = Math.max(0, Math.min(size, total - first));
            int pages = Math.max(1, (total + size - 1) / size);
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < n; i++) {
                items.append(i == 0 ? "" : ",").append("{\"TicketID\":").append(first + i + 1)
                        .append(",\"CustomerID\":").append(first + i + 1).append('}');
            }
            body = "{\"items\":[" + items + "],\"page\":" + page + ",\"itemsInPage\":" + size
                    + ",\"totalItemCount\":" + total + ",\"totalPages\":" + pages
                    + (page >= pages ? ",\"nextLink\":\"\"" : "") + "}";
        }
        return new TransportResponse(200, Map.of("Content-Type", List.of("application/json")),
                body.getBytes(StandardCharsets.UTF_8), time.nanos());
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

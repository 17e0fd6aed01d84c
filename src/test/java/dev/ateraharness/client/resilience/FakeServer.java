package dev.ateraharness.client.resilience;

import dev.ateraharness.client.http.RequestTag;
import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.http.TransportRequest;
import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.time.VirtualTime;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

/**
 * A scripted server in virtual time: the n-th request (0-based, over all requests) gets {@code script.apply(n)}
 * after {@code latencyNanos}; null from the script means "never answer". Records every send time.
 *
 * <p>Why a fake and not the stub's model ({@code InMemoryAtera}): the retry and pacing tests need behaviour the
 * model cannot produce on demand: the n-th answer exactly (four 502s then a 200), a request never answered, a
 * refused connection ({@link java.net.ConnectException}), Retry-After values the limiter would not send.
 */
final class FakeServer implements Transport {

    /** What the script returns for one request. */
    record Reply(int status, Map<String, List<String>> headers, Exception error) {
        static Reply status(int s) {
            return new Reply(s, Map.of(), null);
        }

        static Reply status(int s, Map<String, List<String>> h) {
            return new Reply(s, h, null);
        }

        static Reply fail(Exception e) {
            return new Reply(0, Map.of(), e);
        }
    }

    final List<Long> sendTimes = Collections.synchronizedList(new ArrayList<>());
    final List<TransportResponse> responses = Collections.synchronizedList(new ArrayList<>());
    private final VirtualTime time;
    private final long latencyNanos;
    private final IntFunction<Reply> script;

    FakeServer(VirtualTime time, long latencyNanos, IntFunction<Reply> script) {
        this.time = time;
        this.latencyNanos = latencyNanos;
        this.script = script;
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        int n;
        synchronized (sendTimes) {
            n = sendTimes.size();
            sendTimes.add(time.nanos());
        }
        Reply reply = script.apply(n);
        CompletableFuture<TransportResponse> f = new CompletableFuture<>();
        if (reply == null) {
            return f;
        }
        time.schedule(latencyNanos, () -> {
            if (reply.error() != null) {
                f.completeExceptionally(reply.error());
            } else {
                TransportResponse r = new TransportResponse(reply.status(), reply.headers(), new byte[0],
                        time.nanos());
                responses.add(r);
                f.complete(r);
            }
        });
        return f;
    }

    static TransportRequest get(String path) {
        return request("GET", path, false, Duration.ofSeconds(30));
    }

    static TransportRequest request(String method, String path, boolean optIn, Duration timeout) {
        boolean idempotent = !method.equals("POST");
        return new TransportRequest(method, URI.create("http://127.0.0.1:1" + path), Map.of(), null, timeout,
                new RequestTag("op", path, idempotent, optIn, 0));
    }
}

package dev.ateraharness.client.http;

import dev.ateraharness.time.Clock;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The real {@link Transport}: {@code java.net.http.HttpClient#sendAsync}. Guarantees: every exchange carries
 * the request's timeout (a call never hangs: the JDK fails it with {@link java.net.http.HttpTimeoutException});
 * {@code send} never throws (a bad request completes the future exceptionally); the response's
 * {@code receivedNanos} is read from the injected clock. Does not retry, limit or follow redirects.
 */
public final class JdkHttpTransport implements Transport {

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host",
            "upgrade");

    private final HttpClient client;
    private final Clock clock;

    public JdkHttpTransport(HttpClient client, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A JDK client with the given connect timeout, HTTP/1.1 (what Atera and the stub speak), no redirects. */
    public static HttpClient defaultClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(request.uri()).timeout(request.timeout());
            for (Map.Entry<String, List<String>> h : request.headers().entrySet()) {
                if (!RESTRICTED.contains(h.getKey().toLowerCase(java.util.Locale.ROOT))) {
                    for (String v : h.getValue()) {
                        b.header(h.getKey(), v);
                    }
                }
            }
            HttpRequest.BodyPublisher body = request.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(request.body());
            b.method(request.method(), body);
            return client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofByteArray())
                    .thenApply(r -> new TransportResponse(r.statusCode(), r.headers().map(), r.body(),
                            clock.nanos()));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}

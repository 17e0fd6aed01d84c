package dev.ateraharness.client.internal;

import dev.ateraharness.client.AteraClientConfig;
import dev.ateraharness.client.MalformedResponseException;
import dev.ateraharness.client.http.JdkHttpTransport;
import dev.ateraharness.client.http.RequestTag;
import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.http.TransportLayer;
import dev.ateraharness.client.http.TransportRequest;
import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.client.limit.RateLimiter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The one way a request leaves the client: build the {@link TransportRequest} (auth header, JSON headers, timeout,
 * {@link RequestTag} with the intended time from the injected clock), pass it through the resilience stack and the
 * configured layers (first added outermost) to the transport, then map the status to an exception or hand the response to a decoder.
 * Never blocks; reads time only from the config's clock.
 */
public final class Pipeline {

    private final AteraClientConfig config;
    private final Transport transport;
    private final RateLimiter limiter;
    private final LatencyMeter latency;

    public Pipeline(AteraClientConfig config) {
        this.config = config;
        Transport t = config.transport().orElseGet(() -> new JdkHttpTransport(
                config.httpClient().orElseGet(() -> JdkHttpTransport.defaultClient(config.connectTimeout())),
                config.clock(), config.scheduler(), config.maxResponseSize()));
        // innermost: the service time only, never the wait in the limiter or a retry's delay
        this.latency = new LatencyMeter(config.clock());
        t = latency.wrap(t);
        List<TransportLayer> layers = config.layers();
        for (int i = layers.size() - 1; i >= 0; i--) {
            t = layers.get(i).wrap(t);
        }
        Optional<DefaultResilience.Stack> stack = DefaultResilience.build(config);
        if (stack.isPresent()) {
            t = stack.get().layer().wrap(t);
        }
        this.limiter = stack.map(DefaultResilience.Stack::limiter).orElse(null);
        this.transport = t;
    }

    /**
     * The shared limiter every request of this client passes; empty if the client has none. The page fan-out
     * paces by it.
     */
    public Optional<RateLimiter> rateLimiter() {
        return Optional.ofNullable(limiter);
    }

    /** The measured latency of this client's requests (send to response, inside every layer). */
    public LatencyMeter latencyMeter() {
        return latency;
    }

    public AteraClientConfig config() {
        return config;
    }

    /** One call: what to send and how to tag it. */
    public record Call(String method, String operation, String pathTemplate, URI uri, byte[] body,
                       boolean retryOptIn) {
    }

    /** Expands {@code template} with {@code pathParams} and appends {@code query} (both URL-encoded). */
    public URI uri(String template, Map<String, String> pathParams, Map<String, String> query) {
        String path = template;
        for (Map.Entry<String, String> p : pathParams.entrySet()) {
            path = path.replace("{" + p.getKey() + "}",
                    URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        StringBuilder b = new StringBuilder(config.baseUrl().toString()).append(path);
        char sep = '?';
        for (Map.Entry<String, String> q : query.entrySet()) {
            b.append(sep).append(URLEncoder.encode(q.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return URI.create(b.toString());
    }

    /** Filters plus paging parameters, in a stable order. */
    public static Map<String, String> pagedQuery(Map<String, String> filters, int page, int itemsInPage) {
        Map<String, String> q = new LinkedHashMap<>(filters);
        q.put("page", Integer.toString(page));
        q.put("itemsInPage", Integer.toString(itemsInPage));
        return q;
    }

    /** Sends and maps non-2xx to the client's exceptions; the future fails with an {@link AteraException}. */
    public CompletableFuture<TransportResponse> send(Call call) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put(config.credentials().headerName(), List.of(config.credentials().headerValue()));
        headers.put("Accept", List.of("application/json"));
        if (call.body().length > 0) {
            headers.put("Content-Type", List.of("application/json; charset=utf-8"));
        }
        boolean idempotent = !"POST".equals(call.method());
        RequestTag tag = new RequestTag(call.operation(), call.pathTemplate(), idempotent, call.retryOptIn(),
                config.clock().nanos());
        TransportRequest request = new TransportRequest(call.method(), call.uri(), headers, call.body(),
                config.requestTimeout(), tag);
        String path = call.uri().getRawPath();
        CompletableFuture<TransportResponse> sent;
        try {
            sent = transport.send(request);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return sent.handle((r, e) -> {
            if (e != null) {
                throw mapFailure(call.method(), path, e);
            }
            if (r.status() < 200 || r.status() > 299) {
                throw ErrorMapper.toException(call.method(), path, r, config.credentials());
            }
            return r;
        });
    }

    /** Sends and decodes a 2xx body with {@code decoder}; decoding failures become MalformedResponseException. */
    public <T> CompletableFuture<T> exchange(Call call, Decoder<T> decoder) {
        return send(call).thenApply(r -> {
            try {
                return decoder.decode(r);
            } catch (IOException | RuntimeException e) {
                throw new MalformedResponseException(call.method(), call.uri().getRawPath(),
                        "status " + r.status() + " but the body does not decode: "
                                + config.credentials().scrub(String.valueOf(e.getMessage())).lines().findFirst()
                                .orElse(""), e);
            }
        });
    }

    /** Decodes a successful response. */
    @FunctionalInterface
    public interface Decoder<T> {
        T decode(TransportResponse response) throws IOException;
    }

    /** The cause behind CompletionException/ExecutionException wrappers. */
    public static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private RuntimeException mapFailure(String method, String path, Throwable e) {
        return ErrorMapper.fromFailure(method, path, unwrap(e), config.credentials());
    }
}

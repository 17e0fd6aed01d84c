package dev.ateraharness.client.http;

import dev.ateraharness.time.Clock;
import dev.ateraharness.time.Scheduler;
import dev.ateraharness.time.SystemTime;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The real {@link Transport}: {@code java.net.http.HttpClient#sendAsync}. Guarantees: the request's timeout covers
 * the whole exchange, body included (the JDK's own timeout stops at the headers, so a timer on the injected
 * {@link Scheduler} ends a body still streaming at the deadline, failing with
 * {@link java.net.http.HttpTimeoutException} and closing the connection); the body is counted while it streams and
 * never held past the maximum response size ({@link ResponseTooLargeException}, the connection closed); cancelling
 * the returned future also closes the connection; {@code send} never throws (a bad request completes the future
 * exceptionally); the response's {@code receivedNanos} is read from the injected clock. Does not retry, limit or
 * follow redirects.
 */
public final class JdkHttpTransport implements Transport {

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host",
            "upgrade");

    /** The default maximum response size: 16 MiB. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L << 20;

    /** The largest maximum response size a transport accepts (a body is held in one array). */
    public static final long MAX_RESPONSE_BYTES_LIMIT = Integer.MAX_VALUE - 8L;

    private final HttpClient client;
    private final Clock clock;
    private final Scheduler scheduler;
    private final long maxResponseBytes;

    /** On the system scheduler with the default maximum response size. */
    public JdkHttpTransport(HttpClient client, Clock clock) {
        this(client, clock, SystemTime.INSTANCE, DEFAULT_MAX_RESPONSE_BYTES);
    }

    /**
     * @param scheduler        where the whole-exchange timeout runs (the client's scheduler)
     * @param maxResponseBytes the largest body held, 1..{@link #MAX_RESPONSE_BYTES_LIMIT}
     */
    public JdkHttpTransport(HttpClient client, Clock clock, Scheduler scheduler, long maxResponseBytes) {
        this.client = Objects.requireNonNull(client, "client");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        if (maxResponseBytes < 1 || maxResponseBytes > MAX_RESPONSE_BYTES_LIMIT) {
            throw new IllegalArgumentException("maxResponseBytes must be in 1.." + MAX_RESPONSE_BYTES_LIMIT + ": "
                    + maxResponseBytes);
        }
        this.maxResponseBytes = maxResponseBytes;
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
            HttpRequest.Builder b = HttpRequest.newBuilder(request.uri());
            if (bounded(request.timeout())) {
                b.timeout(request.timeout());
            }
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
            return exchange(b.build(), request.timeout());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<TransportResponse> exchange(HttpRequest request, Duration timeout) {
        CompletableFuture<TransportResponse> out = new CompletableFuture<>();
        AtomicReference<BoundedBody> body = new AtomicReference<>();
        AtomicReference<Throwable> ended = new AtomicReference<>();
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            BoundedBody b = BoundedBody.forResponse(info, maxResponseBytes);
            body.set(b);
            Throwable why = ended.get();
            if (why != null) {
                b.abort(why);
            }
            return b;
        };
        CompletableFuture<HttpResponse<byte[]>> jdk = client.sendAsync(request, handler);
        Scheduler.Cancellable timer = schedule(timeout, () -> {
            HttpTimeoutException e = new HttpTimeoutException("request timed out after " + timeout.toMillis()
                    + " ms (the timeout covers the whole exchange, body included)");
            BoundedBody b = body.get();
            if (b != null) {
                b.timeOut(timeout.toMillis());
            }
            out.completeExceptionally(e);
        });
        jdk.whenComplete((r, e) -> {
            timer.cancel();
            if (e != null) {
                out.completeExceptionally(cause(e));
            } else {
                out.complete(new TransportResponse(r.statusCode(), r.headers().map(), r.body(), clock.nanos()));
            }
        });
        // whoever ends the future first (the timer, a caller's cancel or timeout) closes the connection
        out.whenComplete((r, e) -> {
            if (e != null) {
                timer.cancel();
                ended.compareAndSet(null, e);
                BoundedBody b = body.get();
                if (b != null) {
                    b.abort(e);
                }
                jdk.cancel(true);
            }
        });
        return out;
    }

    private Scheduler.Cancellable schedule(Duration timeout, Runnable task) {
        return bounded(timeout) ? scheduler.schedule(timeout.toNanos(), task) : () -> false;
    }

    private static boolean bounded(Duration timeout) {
        return timeout != null && !timeout.isZero() && !timeout.isNegative();
    }

    /** The failure that matters: ours if the JDK wrapped it (in a CompletionException or an IOException). */
    private static Throwable cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransportException || t instanceof HttpTimeoutException) {
                return t;
            }
        }
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }
}

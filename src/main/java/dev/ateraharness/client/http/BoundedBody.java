package dev.ateraharness.client.http;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A body subscriber that holds at most {@code limit} bytes: it counts while the body streams (one buffer list
 * requested at a time, so the JDK never queues far ahead) and, past the limit, cancels the subscription (the JDK
 * closes the connection) and fails with {@link ResponseTooLargeException}. A {@code Content-Length} over the limit
 * fails before any byte is read. {@link #abort} ends it from outside (the whole-exchange timeout, a cancelled
 * caller), again closing the connection, so an endless body never outlives its request.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final long limit;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final Object lock = new Object();
    private Flow.Subscription subscription;
    private boolean cancelled;
    private byte[] bytes = new byte[0];
    private int size;

    private BoundedBody(long limit) {
        this.limit = limit;
    }

    /** One subscriber per response; refuses a {@code Content-Length} over the limit up front. */
    static BoundedBody forResponse(HttpResponse.ResponseInfo info, long limit) {
        BoundedBody b = new BoundedBody(limit);
        long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
        if (announced > limit) {
            b.result.completeExceptionally(new ResponseTooLargeException(limit,
                    "of " + announced + " bytes (Content-Length)"));
        }
        return b;
    }

    /** Ends the body with {@code why} (if not ended yet) and closes the connection. */
    void abort(Throwable why) {
        if (result.completeExceptionally(why)) {
            cancel();
        }
    }

    /** Fails with an {@link HttpTimeoutException} naming the timeout. */
    void timeOut(long timeoutMillis) {
        abort(new HttpTimeoutException("request timed out after " + timeoutMillis
                + " ms (the timeout covers the whole exchange, body included; " + size + " body bytes read)"));
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        synchronized (lock) {
            subscription = s;
        }
        if (result.isDone()) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            cancel();
            return;
        }
        long incoming = 0;
        for (ByteBuffer b : buffers) {
            incoming += b.remaining();
        }
        synchronized (lock) {
            if (size + incoming > limit) {
                bytes = new byte[0];
                size = 0;
            } else {
                ensure((int) (size + incoming));
                for (ByteBuffer b : buffers) {
                    int n = b.remaining();
                    b.get(bytes, size, n);
                    size += n;
                }
                incoming = -1;
            }
        }
        if (incoming >= 0) {
            abort(new ResponseTooLargeException(limit, "passed " + limit + " bytes while streaming"));
            return;
        }
        Flow.Subscription s;
        synchronized (lock) {
            s = subscription;
        }
        s.request(1);
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        synchronized (lock) {
            result.complete(size == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, size));
        }
    }

    /** Grows geometrically, never past the limit (the limit is at most Integer.MAX_VALUE - 8). */
    private void ensure(int needed) {
        if (needed > bytes.length) {
            long grown = Math.max(needed, Math.min(limit, Math.max(8192L, 2L * bytes.length)));
            bytes = java.util.Arrays.copyOf(bytes, (int) grown);
        }
    }

    private void cancel() {
        Flow.Subscription s;
        synchronized (lock) {
            if (cancelled || subscription == null) {
                return;
            }
            cancelled = true;
            s = subscription;
        }
        s.cancel();
    }
}

package dev.ateraharness.client.concurrent;

import dev.ateraharness.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * An opt-in cache for slowly changing lists (customers, agents): a value is served for {@code ttl} after its load
 * completed, on the injected {@link Clock}, then loaded again.
 *
 * <p>Guarantees: concurrent {@link #get} calls for a key that is missing or expired share one load (one request,
 * one limiter permit); a failed load is not cached, so the next caller loads again; loading is asynchronous and
 * never blocks. Does not bound its size (it is meant for a handful of lists) and does not refresh in the
 * background: the first caller after expiry waits for the new load.
 */
public final class TtlCache<K, V> {

    private record Entry<V>(CompletableFuture<V> value, long loadedAt) {
    }

    private final Clock clock;
    private final long ttlNanos;
    private final ConcurrentMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public TtlCache(Duration ttl, Clock clock) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive: " + ttl);
        }
        this.ttlNanos = ttl.toNanos();
        this.clock = clock;
    }

    /** The cached value for {@code key}, or the result of {@code loader} (shared with concurrent callers). */
    public CompletableFuture<V> get(K key, Function<? super K, CompletableFuture<V>> loader) {
        long now = clock.nanos();
        boolean[] created = new boolean[1];
        Entry<V> e = entries.compute(key, (k, old) -> {
            // an entry with loadedAt MIN_VALUE is still loading; a completed one is fresh for ttl
            if (old != null && (old.loadedAt == Long.MIN_VALUE || now - old.loadedAt < ttlNanos)) {
                return old;
            }
            created[0] = true;
            return new Entry<>(new CompletableFuture<>(), Long.MIN_VALUE);
        });
        if (created[0]) {
            start(key, e, loader);
        }
        return e.value.thenApply(v -> v); // a copy: a caller cancelling its future must not cancel the shared one
    }

    /** Drops {@code key}, so the next get loads. */
    public void invalidate(K key) {
        entries.remove(key);
    }

    /** Drops everything. */
    public void invalidateAll() {
        entries.clear();
    }

    private void start(K key, Entry<V> e, Function<? super K, CompletableFuture<V>> loader) {
        CompletableFuture<V> load;
        try {
            load = loader.apply(key);
        } catch (RuntimeException ex) {
            load = CompletableFuture.failedFuture(ex);
        }
        load.whenComplete((v, ex) -> {
            if (ex != null) {
                entries.remove(key, e);
                e.value.completeExceptionally(ex);
            } else {
                entries.replace(key, e, new Entry<>(e.value, clock.nanos()));
                e.value.complete(v);
            }
        });
    }
}

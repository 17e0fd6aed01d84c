package dev.ateraharness.client.limit.internal;

import dev.ateraharness.client.limit.Permit;
import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.time.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The opt-in local fallback of a {@link RedisRateLimiter}: while Redis is out, an in-process exact log at
 * floor(N / k) per W grants instead (so k processes in fallback together send at most N per W). Every second or
 * so it asks Redis to take the permits it granted, with the time each slot still stays busy; once Redis has
 * taken them, grants come from Redis again. A permit of the fallback that is still in flight then counts in Redis
 * until the in-flight cap (its later completion is not sent): safe, and for one window slower.
 */
final class RedisFallback {

    private final RedisRateLimiter owner;
    private final SlidingLogRateLimiter local;
    private final RedisKeyLog log;
    private final long windowNanos;
    private final long busyInFlightNanos;
    private final long probeNanos;
    private final List<FallbackPermit> granted = new ArrayList<>(); // guarded by this
    private boolean active;
    private Scheduler.Cancellable probe;
    private final Scheduler scheduler;

    RedisFallback(RedisRateLimiter owner, RateLimiterConfig config, int k, Scheduler scheduler, RedisKeyLog log) {
        this.owner = owner;
        this.scheduler = scheduler;
        this.log = log;
        RateLimiterConfig share = new RateLimiterConfig(Math.max(1, config.limit() / k), config.window(),
                config.guard(), config.accounting(), config.inFlightCap());
        this.local = new SlidingLogRateLimiter(share, scheduler);
        this.windowNanos = config.effectiveWindowNanos();
        boolean byCompletion = config.accounting() == RateLimiterConfig.Accounting.COMPLETION;
        this.busyInFlightNanos = windowNanos + (byCompletion ? config.inFlightCap().toNanos() : 0);
        this.probeNanos = Math.min(log.redisConfig().maxRecheck().toNanos(), 1_000_000_000L);
    }

    synchronized boolean active() {
        return active;
    }

    /** Redis failed: grant locally from now on, and start probing for its return. */
    synchronized void start() {
        active = true;
        if (probe == null) {
            probe = scheduler.schedule(probeNanos, this::probe);
        }
    }

    CompletableFuture<Permit> acquire(Duration timeout) {
        return (timeout == null ? local.acquire() : local.acquire(timeout)).thenApply(this::wrap);
    }

    /** Redis failed with {@code waiters} queued: they wait here instead, in their order. */
    void adopt(List<WaiterQueue.Waiter> waiters) {
        start();
        for (WaiterQueue.Waiter w : waiters) {
            WaiterQueue.forward(w, acquire(null));
        }
    }

    Optional<Permit> tryAcquire() {
        return local.tryAcquire().map(this::wrap);
    }

    void holdUntil(long epochNanos) {
        local.holdUntil(epochNanos);
    }

    void serverRemaining(int remaining, long resetAtNanos, long sentAtNanos) {
        local.serverRemaining(remaining, resetAtNanos, sentAtNanos);
    }

    int waiting() {
        return local.waiting();
    }

    int inFlight() {
        return local.inFlight();
    }

    private Permit wrap(Permit p) {
        FallbackPermit f = new FallbackPermit(p, owner.now());
        boolean late;
        synchronized (this) {
            late = !active;
            if (!late) {
                granted.add(f);
            }
        }
        if (late) {
            // granted by a waiter queued before Redis came back: into the log, like the rest
            importInto(List.of(f)).exceptionally(e -> 0L);
        }
        return f;
    }

    private void probe() {
        List<FallbackPermit> taken;
        synchronized (this) {
            probe = null;
            active = false; // acquisitions go to Redis, after the import on the same connection
            taken = new ArrayList<>(granted);
            granted.clear();
        }
        importInto(taken).whenComplete((n, e) -> {
            if (e == null) {
                owner.resumed();
                return;
            }
            synchronized (this) {
                granted.addAll(0, taken);
            }
            start();
        });
    }

    private CompletableFuture<Long> importInto(List<FallbackPermit> permits) {
        long now = owner.now();
        List<Long> busy = new ArrayList<>();
        for (FallbackPermit f : permits) {
            long freeAt = f.completedAt() == Long.MAX_VALUE ? f.grantedNanos() + busyInFlightNanos
                    : f.completedAt() + windowNanos;
            if (freeAt > now) {
                busy.add((freeAt - now) / 1_000L + 1);
            }
        }
        return log.importBusy(busy);
    }

    /** A local permit that remembers its completion, for the import. */
    private final class FallbackPermit implements Permit {
        private final Permit delegate;
        private final long granted;
        private volatile long completed = Long.MAX_VALUE;

        FallbackPermit(Permit delegate, long granted) {
            this.delegate = delegate;
            this.granted = granted;
        }

        long completedAt() {
            return completed;
        }

        @Override
        public long grantedNanos() {
            return delegate.grantedNanos();
        }

        @Override
        public void complete(long nanos) {
            if (!delegate.isCompleted()) {
                completed = Math.max(nanos, granted);
            }
            delegate.complete(nanos);
        }

        @Override
        public void release() {
            complete(owner.now());
        }

        @Override
        public boolean isCompleted() {
            return delegate.isCompleted();
        }
    }
}

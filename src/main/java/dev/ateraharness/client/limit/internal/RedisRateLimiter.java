package dev.ateraharness.client.limit.internal;

import dev.ateraharness.client.limit.Permit;
import dev.ateraharness.client.limit.RateLimiter;
import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.client.limit.RateLimiterTimeoutException;
import dev.ateraharness.client.limit.RedisLimiterUnavailableException;
import dev.ateraharness.time.Scheduler;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link RateLimiter} whose log lives in Redis (see {@link RedisScripts} for the rule and its proof), shared by
 * every process whose limiter uses the same key prefix and fingerprint.
 *
 * <p>Within the process waiters form one FIFO queue and only its head asks Redis, for up to {@value #MAX_BATCH}
 * permits at once, with one question in flight at a time. A "no" comes with the time the next slot frees on
 * Redis's clock, as a delay; the limiter asks again after that delay on its scheduler, earlier when a completion
 * is published on the key's channel or one of its own permits completes, and at the latest after
 * {@code maxRecheck}. It never polls in a loop. Between processes there is no queue: a freed slot goes to the
 * first question that reaches Redis after it freed.
 *
 * <p>Redis failures fail every waiter with {@link RedisLimiterUnavailableException}, or with a fallback move them
 * to a local exact log at N / k ({@link RedisFallback}).
 */
public final class RedisRateLimiter implements RateLimiter {

    static final int MAX_BATCH = 64;
    private static final long NANOS_PER_MICRO = 1_000L;

    private static final class Waiter {
        final CompletableFuture<Permit> future = new CompletableFuture<>();
        boolean settled; // granted, failed or timed out; guarded by the limiter
        Scheduler.Cancellable timeout;
    }

    private final RateLimiterConfig config;
    private final Scheduler scheduler;
    private final RedisBackend redis;
    private final String[] acquireKeys;
    private final String[] completeKeys;
    private final String[] holdKeys;
    private final String channel;
    private final String keyPrefix;
    private final String settings;
    private final String limitArg;
    private final String windowArg;
    private final String capArg;
    private final String ttlArg;
    private final long busyNanos; // how long a slot stays busy at most: W' + cap
    private final RedisFallback fallback; // null: none

    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
    private final long[] recent; // local grant times, ring of the last N, for server pacing
    private long grants;
    private boolean asking;
    private boolean askAgain;
    private Scheduler.Cancellable timer;
    private String generation = "";
    private long lastGrant = Long.MIN_VALUE;
    private int inFlight;
    private long localHold = Long.MIN_VALUE;
    private long paceUntil = Long.MIN_VALUE;
    private long paceObservedSentAt = Long.MIN_VALUE;
    private int paceBudget;

    public RedisRateLimiter(RateLimiterConfig config, Scheduler scheduler, RedisBackend redis, String fingerprint) {
        this.config = config;
        this.scheduler = scheduler;
        this.redis = redis;
        String p = redis.config().keyPrefix() + "{" + fingerprint + "}:";
        this.keyPrefix = p;
        this.acquireKeys = new String[] {p + "busy", p + "seq", p + "hold", p + "cfg", p + "gen"};
        this.completeKeys = new String[] {p + "busy", p + "gen"};
        this.holdKeys = new String[] {p + "hold"};
        this.channel = p + "free";
        boolean byCompletion = config.accounting() == RateLimiterConfig.Accounting.COMPLETION;
        long w = config.effectiveWindowNanos() / NANOS_PER_MICRO;
        long cap = byCompletion ? config.inFlightCap().toNanos() / NANOS_PER_MICRO : 0;
        this.limitArg = Integer.toString(config.limit());
        this.windowArg = Long.toString(w);
        this.capArg = Long.toString(cap);
        this.ttlArg = Long.toString((w + cap) / 1_000 + 1_000);
        this.settings = config.limit() + "/" + w + "us+" + cap + "us";
        this.busyNanos = (w + cap) * NANOS_PER_MICRO;
        this.recent = new long[config.limit()];
        int k = redis.config().fallbackProcesses();
        this.fallback = k == 0 ? null : new RedisFallback(this, config, k, scheduler, redis);
        redis.subscribe(channel, this::pump);
    }

    @Override
    public CompletableFuture<Permit> acquire() {
        if (fallback != null && fallback.active()) {
            return fallback.acquire(null);
        }
        Waiter w = new Waiter();
        synchronized (this) {
            waiters.add(w);
        }
        pump();
        return w.future;
    }

    @Override
    public CompletableFuture<Permit> acquire(Duration timeout) {
        if (fallback != null && fallback.active()) {
            return fallback.acquire(timeout);
        }
        Waiter w = new Waiter();
        synchronized (this) {
            waiters.add(w);
        }
        Scheduler.Cancellable t = scheduler.schedule(timeout.toNanos(), () -> expire(w, timeout));
        synchronized (this) {
            if (w.settled) {
                t.cancel();
            } else {
                w.timeout = t;
            }
        }
        pump();
        return w.future;
    }

    @Override
    public Optional<Permit> tryAcquire() {
        if (fallback != null && fallback.active()) {
            return fallback.tryAcquire();
        }
        long now;
        synchronized (this) {
            now = now();
            if (!waiters.isEmpty() || asking || localNext(now) > now) {
                return Optional.empty();
            }
            asking = true;
        }
        List<Object> r;
        try {
            r = ask(1).get(redis.config().commandTimeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finishAsking();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            finishAsking();
            throw redis.unavailable(e);
        }
        Permit permit = null;
        synchronized (this) {
            asking = false;
            generation = String.valueOf(r.get(3));
            if (((Long) r.get(0)) == 1L) {
                permit = record(((Long) r.get(2)), now());
            } else if (((Long) r.get(0)) == -2L) {
                throw mismatch(r);
            }
        }
        pump();
        return Optional.ofNullable(permit);
    }

    private void finishAsking() {
        synchronized (this) {
            asking = false;
        }
        pump();
    }

    @Override
    public Optional<Permit> acquireBlocking(Duration timeout) throws InterruptedException {
        CompletableFuture<Permit> f = acquire(timeout);
        try {
            return Optional.of(f.get(timeout.toNanos() + TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RateLimiterTimeoutException) {
                return Optional.empty();
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            if (f.completeExceptionally(new RateLimiterTimeoutException(timeout))) {
                return Optional.empty();
            }
            return Optional.of(f.join());
        }
    }

    /** Holds this process at once and, through Redis, every process on the key (Redis dates it by its clock). */
    @Override
    public void holdUntil(long epochNanos) {
        long delay;
        synchronized (this) {
            if (epochNanos <= localHold) {
                return;
            }
            localHold = epochNanos;
            delay = epochNanos - now();
        }
        if (fallback != null) {
            fallback.holdUntil(epochNanos);
        }
        if (delay > 0) {
            redis.evalLong(RedisScripts.HOLD, holdKeys, Long.toString(delay / NANOS_PER_MICRO), ttlArg)
                    .exceptionally(e -> 0L); // this process holds anyway; others learn of it from their 429s
        }
    }

    /** Paces this process only; the log in Redis already holds every process to N. */
    @Override
    public void serverRemaining(int remaining, long resetAtNanos, long sentAtNanos) {
        synchronized (this) {
            if (sentAtNanos < paceObservedSentAt) {
                return;
            }
            paceObservedSentAt = sentAtNanos;
            paceUntil = resetAtNanos;
            paceBudget = Math.max(0, remaining - countAfter(sentAtNanos));
        }
        if (fallback != null) {
            fallback.serverRemaining(remaining, resetAtNanos, sentAtNanos);
        }
        pump();
    }

    @Override
    public synchronized int waiting() {
        return waiters.size() + (fallback == null ? 0 : fallback.waiting());
    }

    @Override
    public synchronized int inFlight() {
        return inFlight + (fallback == null ? 0 : fallback.inFlight());
    }

    @Override
    public RateLimiterConfig config() {
        return config;
    }

    /** Whether the local fallback grants now (Redis out). */
    public boolean inFallback() {
        return fallback != null && fallback.active();
    }

    /** Asks Redis for the head waiters' permits, unless a question is already out or a local hold applies. */
    void pump() {
        int want;
        String gen;
        boolean wasRecent;
        synchronized (this) {
            if (asking) {
                askAgain = true;
                return;
            }
            while (!waiters.isEmpty() && (waiters.peek().settled || waiters.peek().future.isDone())) {
                waiters.poll();
            }
            if (waiters.isEmpty()) {
                cancelTimer();
                return;
            }
            long now = now();
            long next = localNext(now);
            if (next > now) {
                armTimer(next - now);
                return;
            }
            cancelTimer();
            asking = true;
            askAgain = false;
            want = Math.min(waiters.size(), MAX_BATCH);
            if (now < paceUntil) {
                want = Math.min(want, paceBudget);
            }
            gen = generation;
            wasRecent = lastGrant != Long.MIN_VALUE && now - lastGrant < busyNanos;
        }
        redis.evalMulti(RedisScripts.ACQUIRE, acquireKeys, limitArg, windowArg, capArg, Integer.toString(want),
                settings, gen, wasRecent ? "1" : "0", ttlArg).whenComplete(this::onAnswer);
    }

    private CompletableFuture<List<Object>> ask(int want) {
        String gen;
        boolean wasRecent;
        synchronized (this) {
            gen = generation;
            wasRecent = lastGrant != Long.MIN_VALUE && now() - lastGrant < busyNanos;
        }
        return redis.evalMulti(RedisScripts.ACQUIRE, acquireKeys, limitArg, windowArg, capArg,
                Integer.toString(want), settings, gen, wasRecent ? "1" : "0", ttlArg);
    }

    private void onAnswer(List<Object> r, Throwable error) {
        if (error != null) {
            onRedisFailure(redis.unavailable(error));
            return;
        }
        long status = (Long) r.get(0);
        if (status == -2L) {
            List<Waiter> failed;
            synchronized (this) {
                asking = false;
                failed = takeAll();
            }
            IllegalStateException e = mismatch(r);
            failed.forEach(w -> w.future.completeExceptionally(e));
            return;
        }
        List<Waiter> granted = new ArrayList<>();
        List<Permit> permits = new ArrayList<>();
        List<Permit> orphans = new ArrayList<>();
        boolean again;
        synchronized (this) {
            asking = false;
            generation = String.valueOf(r.get(3));
            long now = now();
            if (status == 1L) {
                long g = (Long) r.get(1);
                long first = (Long) r.get(2);
                for (long i = 0; i < g; i++) {
                    Permit p = record(first + i, now);
                    Waiter w = nextLive();
                    if (w == null) {
                        orphans.add(p);
                    } else {
                        w.settled = true;
                        granted.add(w);
                        permits.add(p);
                    }
                }
                again = !waiters.isEmpty();
            } else {
                again = askAgain && !waiters.isEmpty();
                if (!again && !waiters.isEmpty()) {
                    long waitNanos = Math.max(0, (Long) r.get(1)) * NANOS_PER_MICRO;
                    armTimer(Math.min(waitNanos + NANOS_PER_MICRO, redis.config().maxRecheck().toNanos()));
                }
            }
        }
        redis.ensureSubscribed();
        deliver(granted, permits);
        orphans.forEach(Permit::release);
        if (again) {
            pump();
        }
    }

    private void deliver(List<Waiter> granted, List<Permit> permits) {
        if (granted.isEmpty()) {
            return;
        }
        // off the Redis I/O thread: callers' continuations run on the scheduler, as with the in-process limiter
        scheduler.schedule(0, () -> {
            for (int i = 0; i < granted.size(); i++) {
                Waiter w = granted.get(i);
                if (w.timeout != null) {
                    w.timeout.cancel();
                }
                if (!w.future.complete(permits.get(i))) {
                    permits.get(i).release(); // cancelled meanwhile: nothing will be sent
                }
            }
        });
    }

    private void onRedisFailure(RedisLimiterUnavailableException e) {
        List<Waiter> all;
        synchronized (this) {
            asking = false;
            all = takeAll();
        }
        if (fallback != null) {
            fallback.start();
            for (Waiter w : all) {
                fallback.acquire(null).whenComplete((p, err) -> {
                    if (w.timeout != null) {
                        w.timeout.cancel();
                    }
                    boolean done = err == null ? w.future.complete(p) : w.future.completeExceptionally(err);
                    if (!done && p != null) {
                        p.release();
                    }
                });
            }
            return;
        }
        for (Waiter w : all) {
            if (w.timeout != null) {
                w.timeout.cancel();
            }
            w.future.completeExceptionally(e);
        }
    }

    /** Takes every live waiter off the queue, settled. Caller holds the lock. */
    private List<Waiter> takeAll() {
        List<Waiter> all = new ArrayList<>();
        Waiter w;
        while ((w = nextLive()) != null) {
            w.settled = true;
            all.add(w);
        }
        cancelTimer();
        return all;
    }

    private Waiter nextLive() {
        Waiter w;
        while ((w = waiters.poll()) != null) {
            if (!w.settled && !w.future.isDone()) {
                return w;
            }
        }
        return null;
    }

    private RedisPermit record(long seq, long now) {
        lastGrant = now;
        recent[(int) (grants++ % recent.length)] = now;
        if (now < paceUntil && paceBudget > 0) {
            paceBudget--;
        }
        boolean byCompletion = config.accounting() == RateLimiterConfig.Accounting.COMPLETION;
        if (byCompletion) {
            inFlight++;
        }
        return new RedisPermit(this, seq, generation, now, byCompletion);
    }

    private IllegalStateException mismatch(List<Object> r) {
        return new IllegalStateException("the key's Redis log already runs with " + r.get(3)
                + " (N/W+guard/in-flight cap); this limiter asked for " + settings
                + ": every process on one key must use the same limiter settings");
    }

    /** Called once per permit: dates it in Redis (by Redis's clock, minus the completion's age). */
    void completed(RedisPermit p, long nanos) {
        long age;
        synchronized (this) {
            inFlight--;
            age = Math.max(0, now() - nanos) / NANOS_PER_MICRO;
        }
        redis.evalLong(RedisScripts.COMPLETE, completeKeys, Long.toString(p.seq()), p.generation(),
                Long.toString(age), windowArg, capArg, limitArg, channel)
                .whenComplete((dated, e) -> {
                    // unreachable: the slot frees after the in-flight cap instead (safe, slower)
                    if (e == null && dated == 1L) {
                        pump();
                    }
                });
    }

    private void expire(Waiter w, Duration timeout) {
        synchronized (this) {
            if (w.settled) {
                return;
            }
            w.settled = true;
            waiters.remove(w);
        }
        w.future.completeExceptionally(new RateLimiterTimeoutException(timeout));
    }

    /** Earliest local time a question may be asked: after this process's hold and its server pacing. */
    private long localNext(long now) {
        long t = Math.max(now, localHold);
        if (paceBudget <= 0 && t < paceUntil) {
            t = paceUntil;
        }
        return t;
    }

    private int countAfter(long t) {
        int count = 0;
        for (long s = grants - 1; s >= 0 && s >= grants - recent.length; s--) {
            if (recent[(int) (s % recent.length)] > t) {
                count++;
            } else {
                break;
            }
        }
        return count;
    }

    /** Called by the fallback once Redis answers again and its permits are in the log. */
    void resumed() {
        pump();
    }

    private void armTimer(long delayNanos) {
        cancelTimer();
        timer = scheduler.schedule(delayNanos, () -> {
            synchronized (this) {
                timer = null;
            }
            pump();
        });
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    /** The prefix of this key's Redis keys (with the fingerprint in a hash tag). */
    String keyPrefix() {
        return keyPrefix;
    }

    @Override
    public synchronized String toString() {
        return "RedisRateLimiter[" + settings + ", waiting " + waiters.size() + ", asking " + asking + ", timer "
                + (timer != null) + ", in flight " + inFlight + "]";
    }

    long now() {
        return scheduler.clock().nanos();
    }
}

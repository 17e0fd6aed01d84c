package dev.ateraharness.client.limit.internal;

import dev.ateraharness.client.limit.Permit;
import dev.ateraharness.client.limit.RateLimiter;
import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.client.limit.RedisLimiterUnavailableException;
import dev.ateraharness.time.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link RateLimiter} whose log lives in Redis (see {@link RedisScripts} for the rule and its proof, and
 * {@link RedisKeyLog} for the calls), shared by every process whose limiter uses the same key prefix and
 * fingerprint. This class is the process's side of it: the FIFO queue ({@link WaiterQueue}) and the one
 * question in flight; its permits are counted by {@link RedisPermits}, Redis failures go to {@link RedisFallback}.
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
    private static final long NANOS_PER_MICRO = RedisKeyLog.NANOS_PER_MICRO;

    private final RateLimiterConfig config;
    private final Scheduler scheduler;
    private final RedisKeyLog log;
    private final RedisFallback fallback; // null: none
    // all guarded by this:
    private final WaiterQueue waiters;
    private final RedisPermits permits;
    private final ServerFeedback server = new ServerFeedback();
    private final SingleTimer timer;
    private boolean asking;
    private boolean askAgain;

    public RedisRateLimiter(RateLimiterConfig config, Scheduler scheduler, RedisBackend redis, String fingerprint) {
        this.config = config;
        this.scheduler = scheduler;
        this.log = new RedisKeyLog(redis, config, fingerprint);
        this.waiters = new WaiterQueue(this, scheduler);
        this.permits = new RedisPermits(this, scheduler.clock(), log, config, this::pump);
        this.timer = new SingleTimer(this, scheduler, this::pump);
        int k = redis.config().fallbackProcesses();
        this.fallback = k == 0 ? null : new RedisFallback(this, config, k, scheduler, log);
        log.subscribe(this::pump);
    }

    @Override
    public CompletableFuture<Permit> acquire() {
        return inFallback() ? fallback.acquire(null) : enqueue(null);
    }

    @Override
    public CompletableFuture<Permit> acquire(Duration timeout) {
        return inFallback() ? fallback.acquire(timeout) : enqueue(timeout);
    }

    private CompletableFuture<Permit> enqueue(Duration timeout) {
        WaiterQueue.Waiter w;
        synchronized (this) {
            w = waiters.add();
        }
        if (timeout != null) {
            waiters.expireAfter(w, timeout, () -> { });
        }
        pump();
        return w.future;
    }

    @Override
    public Optional<Permit> tryAcquire() {
        if (inFallback()) {
            return fallback.tryAcquire();
        }
        synchronized (this) {
            long now = now();
            if (!waiters.isEmpty() || asking || server.earliest(now) > now) {
                return Optional.empty();
            }
            asking = true;
        }
        RedisKeyLog.Answer a;
        try {
            a = ask(1).get(log.redisConfig().commandTimeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finishAsking();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            finishAsking();
            throw log.unavailable(e);
        }
        Permit permit = null;
        synchronized (this) {
            asking = false;
            permits.answeredFrom(a.generation());
            if (a.granted()) {
                permit = grant(a.firstSeq(), now());
            } else if (a.mismatch()) {
                throw log.mismatch(a);
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
        return WaiterQueue.await(acquire(timeout), timeout);
    }

    /** Holds this process at once and, through Redis, every process on the key (Redis dates it by its clock). */
    @Override
    public void holdUntil(long epochNanos) {
        long delay;
        synchronized (this) {
            if (!server.hold(epochNanos)) {
                return;
            }
            delay = epochNanos - now();
        }
        if (fallback != null) {
            fallback.holdUntil(epochNanos);
        }
        if (delay > 0) {
            log.hold(delay).exceptionally(e -> 0L); // this process holds anyway; others learn of it from their 429s
        }
    }

    /** Paces this process only; the log in Redis already holds every process to N. */
    @Override
    public void serverRemaining(int remaining, long resetAtNanos, long sentAtNanos) {
        synchronized (this) {
            if (!server.remaining(remaining, resetAtNanos, sentAtNanos, permits::countAfter)) {
                return;
            }
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
        return permits.inFlight() + (fallback == null ? 0 : fallback.inFlight());
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
        synchronized (this) {
            if (asking) {
                askAgain = true;
                return;
            }
            if (waiters.head() == null) {
                timer.cancel();
                return;
            }
            long now = now();
            long next = server.earliest(now);
            if (next > now) {
                timer.after(next - now);
                return;
            }
            timer.cancel();
            asking = true;
            askAgain = false;
            want = server.allowance(now, Math.min(waiters.size(), MAX_BATCH));
        }
        ask(want).whenComplete(this::onAnswer);
    }

    private CompletableFuture<RedisKeyLog.Answer> ask(int want) {
        String gen;
        boolean wasRecent;
        synchronized (this) {
            gen = permits.generation();
            wasRecent = permits.grantedWithin(now());
        }
        return log.acquire(want, gen, wasRecent);
    }

    private void onAnswer(RedisKeyLog.Answer a, Throwable error) {
        if (error != null) {
            onRedisFailure(log.unavailable(error));
            return;
        }
        if (a.mismatch()) {
            List<WaiterQueue.Waiter> failed;
            synchronized (this) {
                asking = false;
                failed = takeAll();
            }
            WaiterQueue.fail(failed, log.mismatch(a));
            return;
        }
        List<WaiterQueue.Waiter> granted = new ArrayList<>();
        List<Permit> given = new ArrayList<>();
        List<Permit> orphans = new ArrayList<>();
        boolean again;
        synchronized (this) {
            asking = false;
            permits.answeredFrom(a.generation());
            long now = now();
            if (a.granted()) {
                for (long i = 0; i < a.count(); i++) {
                    Permit p = grant(a.firstSeq() + i, now);
                    WaiterQueue.Waiter w = waiters.take();
                    if (w == null) {
                        orphans.add(p);
                    } else {
                        granted.add(w);
                        given.add(p);
                    }
                }
                again = !waiters.isEmpty();
            } else {
                again = askAgain && !waiters.isEmpty();
                if (!again && !waiters.isEmpty()) {
                    long waitNanos = Math.max(0, a.waitMicros()) * NANOS_PER_MICRO;
                    timer.after(Math.min(waitNanos + NANOS_PER_MICRO, log.redisConfig().maxRecheck().toNanos()));
                }
            }
        }
        log.ensureSubscribed();
        if (!granted.isEmpty()) {
            // off the Redis I/O thread: callers' continuations run on the scheduler, as with the in-process limiter
            scheduler.schedule(0, () -> WaiterQueue.deliver(granted, given));
        }
        orphans.forEach(Permit::release);
        if (again) {
            pump();
        }
    }

    /** Redis failed: the fallback takes the waiters, in order, or they fail. */
    private void onRedisFailure(RedisLimiterUnavailableException e) {
        List<WaiterQueue.Waiter> all;
        synchronized (this) {
            asking = false;
            all = takeAll();
        }
        if (fallback != null) {
            fallback.adopt(all);
        } else {
            WaiterQueue.fail(all, e);
        }
    }

    /** Takes every live waiter off the queue, settled, and stops the timer. Caller holds the lock. */
    private List<WaiterQueue.Waiter> takeAll() {
        List<WaiterQueue.Waiter> all = waiters.takeAll();
        timer.cancel();
        return all;
    }

    /** A grant of this process. Caller holds the lock. */
    private Permit grant(long seq, long now) {
        server.granted(now);
        return permits.grant(seq, now);
    }

    /** Called by the fallback once Redis answers again and its permits are in the log. */
    void resumed() {
        pump();
    }

    @Override
    public synchronized String toString() {
        return "RedisRateLimiter[" + log.settings() + ", waiting " + waiters.size() + ", asking " + asking
                + ", timer " + timer.armed() + ", in flight " + permits.inFlight() + "]";
    }

    long now() {
        return scheduler.clock().nanos();
    }
}

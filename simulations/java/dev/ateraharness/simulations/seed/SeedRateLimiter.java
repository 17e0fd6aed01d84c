package dev.ateraharness.simulations.seed;

import dev.ateraharness.time.Clock;
import dev.ateraharness.time.Scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A faithful port of the seed document's JavaScript {@code RateLimiter} class, bug included: after sleeping
 * until the oldest request leaves the window it pushes its timestamp <em>without re-checking</em> the window, so
 * callers that queued while the log was full all wake at the same instant and are all admitted.
 *
 * <p>Guarantees: the same admission decisions as the JavaScript on a single-threaded event loop (each synchronous
 * segment of {@code throttle()} runs under this object's lock). Does NOT guarantee the limit: it is a baseline the
 * compliance checks are expected to fail. Reads time from the injected {@link Clock} (milliseconds, like
 * {@code Date.now()}) and waits only via the injected {@link Scheduler}.
 *
 * <pre>{@code
 * async throttle() {
 *   const now = Date.now();
 *   this.requests = this.requests.filter(t => t > now - this.windowMs);
 *   if (this.requests.length >= this.maxRequests) {
 *     const waitTime = this.requests[0] - (now - this.windowMs) + 100;
 *     await sleep(waitTime);
 *   }
 *   this.requests.push(Date.now());
 * }
 * }</pre>
 */
public final class SeedRateLimiter {

    private final int maxRequests;
    private final long windowMs;
    private final Clock clock;
    private final Scheduler scheduler;
    private List<Long> requests = new ArrayList<>();

    /** {@code new RateLimiter()}: 700 per 60 000 ms. */
    public SeedRateLimiter(Scheduler scheduler) {
        this(700, 60_000, scheduler);
    }

    public SeedRateLimiter(int maxRequests, long windowMs, Scheduler scheduler) {
        this.maxRequests = maxRequests;
        this.windowMs = windowMs;
        this.scheduler = scheduler;
        this.clock = scheduler.clock();
    }

    /** Completes when the caller may send, as the seed's {@code await limiter.throttle()}. */
    public CompletableFuture<Void> throttle() {
        long waitTime;
        synchronized (this) {
            long now = clock.millis();
            List<Long> kept = new ArrayList<>(requests.size());
            for (long t : requests) {
                if (t > now - windowMs) {
                    kept.add(t);
                }
            }
            requests = kept;
            if (requests.size() < maxRequests) {
                requests.add(clock.millis());
                return CompletableFuture.completedFuture(null);
            }
            waitTime = requests.get(0) - (now - windowMs) + 100;
        }
        return scheduler.delay(TimeUnit.MILLISECONDS.toNanos(Math.max(0, waitTime))).thenRun(() -> {
            synchronized (this) {
                requests.add(clock.millis()); // the bug: no second look at the window
            }
        });
    }

    /** How many timestamps the limiter currently holds (for tests and reports). */
    public synchronized int size() {
        return requests.size();
    }
}

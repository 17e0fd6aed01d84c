package dev.ateraharness.client.limit;

import dev.ateraharness.client.limit.internal.SlidingLogRateLimiter;
import dev.ateraharness.time.Scheduler;
import dev.ateraharness.time.SystemTime;
import java.time.Duration;
import java.util.Objects;

/**
 * Immutable builder for a {@link RateLimiter}: every method returns a new builder, so a partly configured builder
 * can be shared and specialised.
 */
public final class RateLimiterBuilder {

    static final RateLimiterBuilder DEFAULTS = new RateLimiterBuilder(RateLimiterConfig.defaults(),
            SystemTime.INSTANCE);

    private final RateLimiterConfig config;
    private final Scheduler scheduler;

    private RateLimiterBuilder(RateLimiterConfig config, Scheduler scheduler) {
        this.config = config;
        this.scheduler = scheduler;
    }

    /** N grants per window. */
    public RateLimiterBuilder limit(int limit) {
        return new RateLimiterBuilder(new RateLimiterConfig(limit, config.window(), config.guard()), scheduler);
    }

    /** W, the server's window. */
    public RateLimiterBuilder window(Duration window) {
        return new RateLimiterBuilder(new RateLimiterConfig(config.limit(), window, config.guard()), scheduler);
    }

    /** The send-to-arrival allowance added to W. */
    public RateLimiterBuilder guard(Duration guard) {
        return new RateLimiterBuilder(new RateLimiterConfig(config.limit(), config.window(), guard), scheduler);
    }

    /** All three settings at once. */
    public RateLimiterBuilder config(RateLimiterConfig config) {
        return new RateLimiterBuilder(Objects.requireNonNull(config), scheduler);
    }

    /** Time source and timer (VirtualTime in tests and the planner). */
    public RateLimiterBuilder scheduler(Scheduler scheduler) {
        return new RateLimiterBuilder(config, Objects.requireNonNull(scheduler));
    }

    /** The settings so far. */
    public RateLimiterConfig config() {
        return config;
    }

    /** The scheduler so far. */
    public Scheduler scheduler() {
        return scheduler;
    }

    /** A new, unshared limiter. Use {@link RateLimiterRegistry} to share one per key. */
    public RateLimiter build() {
        return new SlidingLogRateLimiter(config, scheduler);
    }
}

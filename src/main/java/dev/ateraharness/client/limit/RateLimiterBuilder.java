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

    /** N permits per window. */
    public RateLimiterBuilder limit(int limit) {
        return with(new RateLimiterConfig(limit, config.window(), config.guard(), config.accounting(),
                config.inFlightCap()));
    }

    /** W, the server's window. */
    public RateLimiterBuilder window(Duration window) {
        return with(new RateLimiterConfig(config.limit(), window, config.guard(), config.accounting(),
                config.inFlightCap()));
    }

    /** Added to W on the client's side (see {@link RateLimiterConfig} for what it is for in each accounting). */
    public RateLimiterBuilder guard(Duration guard) {
        return with(new RateLimiterConfig(config.limit(), config.window(), guard, config.accounting(),
                config.inFlightCap()));
    }

    /** When a permit stops counting: {@code COMPLETION} (default, exact) or {@code GRANT} (the old guess). */
    public RateLimiterBuilder accounting(RateLimiterConfig.Accounting accounting) {
        return with(config.withAccounting(accounting));
    }

    /** How long an uncompleted permit is assumed in flight at most (keep it above the request timeout). */
    public RateLimiterBuilder inFlightCap(Duration cap) {
        return with(new RateLimiterConfig(config.limit(), config.window(), config.guard(), config.accounting(),
                cap));
    }

    /** All settings at once. */
    public RateLimiterBuilder config(RateLimiterConfig config) {
        return with(Objects.requireNonNull(config));
    }

    private RateLimiterBuilder with(RateLimiterConfig c) {
        return new RateLimiterBuilder(c, scheduler);
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

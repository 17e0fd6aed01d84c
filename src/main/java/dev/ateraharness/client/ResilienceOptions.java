package dev.ateraharness.client;

import dev.ateraharness.client.event.AttemptListener;
import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.client.limit.RateLimiterRegistry;
import dev.ateraharness.client.limit.RedisLimiterConfig;
import dev.ateraharness.client.retry.RetryBudgetConfig;
import dev.ateraharness.client.retry.RetryBudgetRegistry;
import dev.ateraharness.client.retry.RetryPolicy;
import dev.ateraharness.client.retry.RetryPolicyBuilder;
import java.util.Objects;
import java.util.Optional;

/**
 * How an {@link AteraClient} protects its key: the client's standard resilience stack (the key's shared
 * sliding-log limiter, retries under a per-key retry budget, an attempt listener), built on the client's scheduler,
 * outermost of all its layers. Immutable; every method returns a new value. {@link #defaults()} is what a client uses unless told otherwise. This is the one place a client's
 * resilience is configured.
 *
 * <p>Sharing: the limiter and budget come from registries keyed by the key's fingerprint, so every client on one
 * key in one registry shares one sliding log. Unless {@link #registries} or {@link #privateRegistries()} says
 * otherwise, a client on {@link dev.ateraharness.time.SystemTime} uses the JVM-wide registries, and a client on
 * any other scheduler (a {@code VirtualTime}) gets registries of its own, so a virtual-time run never shares a
 * limiter with real-time clients (clients on one virtual clock share only if given the same {@link #registries}
 * or one {@link #privateRegistries()} value). Within a registry the first client's
 * limiter settings win; a later client asking for different ones fails at {@link AteraClient#create} (use
 * {@link #privateRegistries()} for clients that need their own limit on a key).
 *
 * <p>Does not: limit requests sent by other processes on the same key, unless {@link #redis} puts the limiter in
 * Redis; retry POSTs without a per-call opt-in.
 */
public final class ResilienceOptions {

    private static final ResilienceOptions DEFAULTS = new ResilienceOptions(true, RateLimiterConfig.defaults(),
            RetryPolicy.builder(), RetryBudgetConfig.defaults(), AttemptListener.NONE, null, null);
    private static final ResilienceOptions NONE = new ResilienceOptions(false, null, RetryPolicy.builder(),
            RetryBudgetConfig.defaults(), AttemptListener.NONE, null, null);

    private final boolean enabled;
    private final RateLimiterConfig limiter; // null: no client-side limiter
    private final RetryPolicyBuilder retry;
    private final RetryBudgetConfig budget;
    private final AttemptListener listener;
    private final RateLimiterRegistry limiters; // null: shared per time base
    private final RetryBudgetRegistry budgets;

    private ResilienceOptions(boolean enabled, RateLimiterConfig limiter, RetryPolicyBuilder retry,
                              RetryBudgetConfig budget, AttemptListener listener, RateLimiterRegistry limiters,
                              RetryBudgetRegistry budgets) {
        this.enabled = enabled;
        this.limiter = limiter;
        this.retry = retry;
        this.budget = budget;
        this.listener = listener;
        this.limiters = limiters;
        this.budgets = budgets;
    }

    /**
     * Atera's limit (700 per 60 s, each request counted until its response, 10 ms guard), the default retry
     * policy and budget, no attempt listener.
     */
    public static ResilienceOptions defaults() {
        return DEFAULTS;
    }

    /** No limiter, no retries, no attempt records: the client sends each request once, as it is. */
    public static ResilienceOptions none() {
        return NONE;
    }

    /** The limiter's N, W and guard (also turns the stack on if it was {@link #none()}). */
    public ResilienceOptions rateLimiter(RateLimiterConfig config) {
        return new ResilienceOptions(true, Objects.requireNonNull(config, "config"), retry, budget, listener,
                limiters, budgets);
    }

    /** Retries and attempt records, but no client-side limiter (a proxy limits, or a test of the server's). */
    public ResilienceOptions noRateLimiter() {
        return new ResilienceOptions(true, null, retry, budget, listener, limiters, budgets);
    }

    /**
     * Attempts, backoff and jitter; a policy given {@link RetryPolicyBuilder#random} a seeded source makes the
     * jitter reproducible (the planner seeds one per key).
     */
    public ResilienceOptions retryPolicy(RetryPolicyBuilder policy) {
        return new ResilienceOptions(true, limiter, Objects.requireNonNull(policy, "policy"), budget, listener,
                limiters, budgets);
    }

    /** One attempt per request (the limiter still applies). */
    public ResilienceOptions noRetries() {
        return retryPolicy(RetryPolicy.builder().maxAttempts(1));
    }

    public ResilienceOptions retryBudget(RetryBudgetConfig config) {
        return new ResilienceOptions(true, limiter, retry, Objects.requireNonNull(config, "config"), listener,
                limiters, budgets);
    }

    /** Receives one record per attempt (an {@link dev.ateraharness.client.event.AttemptLogWriter}, say). */
    public ResilienceOptions attemptListener(AttemptListener l) {
        return new ResilienceOptions(true, limiter, retry, budget, Objects.requireNonNull(l, "listener"), limiters,
                budgets);
    }

    /** Share limiters and budgets through these registries (clients given the same ones share per key). */
    public ResilienceOptions registries(RateLimiterRegistry limiterRegistry, RetryBudgetRegistry budgetRegistry) {
        return new ResilienceOptions(true, limiter, retry, budget, listener,
                Objects.requireNonNull(limiterRegistry), Objects.requireNonNull(budgetRegistry));
    }

    /**
     * Fresh registries: clients built from this value (and only they) share a limiter per key. For tests, the
     * planner, and processes that run one client.
     */
    public ResilienceOptions privateRegistries() {
        return registries(new RateLimiterRegistry(), new RetryBudgetRegistry());
    }

    /**
     * Keep the key's limiter in Redis ({@link RateLimiterRegistry#redis(RedisLimiterConfig)}): every process using
     * the same Redis shares one exact log per key. Retry budgets stay per process.
     */
    public ResilienceOptions redis(RedisLimiterConfig config) {
        return registries(RateLimiterRegistry.redis(config), budgets != null ? budgets : RetryBudgetRegistry.global());
    }

    /** As {@link #redis(RedisLimiterConfig)} with the defaults (1 s timeout, no fallback). */
    public ResilienceOptions redis(java.net.URI uri) {
        return redis(RedisLimiterConfig.of(uri));
    }

    /** Whether the client adds the stack at all. */
    public boolean enabled() {
        return enabled;
    }

    /** The limiter settings; empty with {@link #noRateLimiter()} or {@link #none()}. */
    public Optional<RateLimiterConfig> rateLimiter() {
        return Optional.ofNullable(limiter);
    }

    public RetryPolicyBuilder retryPolicy() {
        return retry;
    }

    public RetryBudgetConfig retryBudget() {
        return budget;
    }

    public AttemptListener attemptListener() {
        return listener;
    }

    /** The limiter registry given, empty for the default (shared per time base). */
    public Optional<RateLimiterRegistry> limiterRegistry() {
        return Optional.ofNullable(limiters);
    }

    /** The retry-budget registry given, empty for the default. */
    public Optional<RetryBudgetRegistry> budgetRegistry() {
        return Optional.ofNullable(budgets);
    }

    @Override
    public String toString() {
        if (!enabled) {
            return "none";
        }
        return "limiter=" + (limiter == null ? "none" : limiter.limit() + "/" + limiter.window() + "+"
                + limiter.guard() + " by " + limiter.accounting().name().toLowerCase(java.util.Locale.ROOT))
                + ", maxAttempts=" + retry.config().maxAttempts()
                + (limiters == null ? "" : limiters.redisConfig().map(r -> ", " + r).orElse(", registry=own"));
    }
}

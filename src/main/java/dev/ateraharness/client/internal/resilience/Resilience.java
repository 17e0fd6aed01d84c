package dev.ateraharness.client.internal.resilience;

import dev.ateraharness.client.event.AttemptListener;
import dev.ateraharness.client.http.TransportLayer;
import dev.ateraharness.client.limit.RateLimiter;
import dev.ateraharness.client.limit.RateLimiterBuilder;
import dev.ateraharness.client.limit.RateLimiterRegistry;
import dev.ateraharness.client.retry.RetryBudget;
import dev.ateraharness.client.retry.RetryBudgetConfig;
import dev.ateraharness.client.retry.RetryBudgetRegistry;
import dev.ateraharness.client.retry.RetryPolicy;
import dev.ateraharness.client.retry.RetryPolicyBuilder;
import dev.ateraharness.secret.ApiKeys;
import dev.ateraharness.time.Scheduler;
import dev.ateraharness.time.SystemTime;
import java.util.Objects;

/**
 * Builds the client's standard resilience stack on a key from its
 * {@link dev.ateraharness.client.ResilienceOptions} (the one public configuration; only the client's
 * {@code DefaultResilience} and tests use this class): per attempt, a permit from the key's
 * shared {@link RateLimiter}, a per-attempt timeout, server rate feedback, the {@link RetryPolicy} under the key's
 * shared {@link RetryBudget}, and one {@link dev.ateraharness.client.event.AttemptRecord} per attempt.
 *
 * <p>Guarantees: every attempt, retries included, passes the limiter, and the limiter and budget are shared by
 * every layer built for the same key from the same registries (JVM-wide by default); the layer never blocks a
 * thread and reads time only from the scheduler's clock. When it gives up it returns the last response (so the
 * core maps the status) or fails with the last {@link java.io.IOException}, or with
 * {@link dev.ateraharness.client.retry.RetryAfterTooLongException}. Does not retry anything
 * {@link dev.ateraharness.client.http.RequestTag#retryable()} says no to. Immutable builder.
 */
public final class Resilience {

    private final String fingerprint;
    private final String clientId;
    private final RateLimiterBuilder limiter; // null: no limiter
    private final RetryPolicyBuilder retry;
    private final RetryBudgetConfig budget;
    private final AttemptListener listener;
    private final Scheduler scheduler;
    private final RateLimiterRegistry limiters;
    private final RetryBudgetRegistry budgets;

    private Resilience(String fingerprint, String clientId, RateLimiterBuilder limiter, RetryPolicyBuilder retry,
                       RetryBudgetConfig budget, AttemptListener listener, Scheduler scheduler,
                       RateLimiterRegistry limiters, RetryBudgetRegistry budgets) {
        this.fingerprint = fingerprint;
        this.clientId = clientId;
        this.limiter = limiter;
        this.retry = retry;
        this.budget = budget;
        this.listener = listener;
        this.scheduler = scheduler;
        this.limiters = limiters;
        this.budgets = budgets;
    }

    /** Starts a stack for {@code apiKey} (only its fingerprint is kept) with the defaults. */
    public static Resilience forKey(String apiKey) {
        return forFingerprint(ApiKeys.fingerprint(apiKey));
    }

    /** As {@link #forKey}, by fingerprint ({@code -} for unauthenticated use). */
    public static Resilience forFingerprint(String fingerprint) {
        return new Resilience(Objects.requireNonNull(fingerprint), "client", RateLimiter.builder(),
                RetryPolicy.builder(), RetryBudgetConfig.defaults(), AttemptListener.NONE, SystemTime.INSTANCE,
                RateLimiterRegistry.global(), RetryBudgetRegistry.global());
    }

    public Resilience clientId(String id) {
        return new Resilience(fingerprint, id, limiter, retry, budget, listener, scheduler, limiters, budgets);
    }

    /** The limiter settings used if this key has no limiter in the registry yet. */
    public Resilience limiter(RateLimiterBuilder b) {
        return new Resilience(fingerprint, clientId, b, retry, budget, listener, scheduler, limiters, budgets);
    }

    /** No client-side limiter (for tests of the stub's limiter, or a proxy that limits). */
    public Resilience noLimiter() {
        return new Resilience(fingerprint, clientId, null, retry, budget, listener, scheduler, limiters, budgets);
    }

    public Resilience retry(RetryPolicyBuilder b) {
        return new Resilience(fingerprint, clientId, limiter, b, budget, listener, scheduler, limiters, budgets);
    }

    public Resilience budget(RetryBudgetConfig c) {
        return new Resilience(fingerprint, clientId, limiter, retry, c, listener, scheduler, limiters, budgets);
    }

    public Resilience listener(AttemptListener l) {
        return new Resilience(fingerprint, clientId, limiter, retry, budget, l, scheduler, limiters, budgets);
    }

    /** Clock and timer for the limiter, the backoff and the per-attempt timeout. */
    public Resilience scheduler(Scheduler s) {
        return new Resilience(fingerprint, clientId, limiter, retry, budget, listener, s, limiters, budgets);
    }

    /** Where limiters are shared (a test or the planner passes its own). */
    public Resilience registries(RateLimiterRegistry l, RetryBudgetRegistry b) {
        return new Resilience(fingerprint, clientId, limiter, retry, budget, listener, scheduler, l, b);
    }

    /** The key's shared limiter, as {@link #build()} would use it (null with {@link #noLimiter()}). */
    public RateLimiter sharedLimiter() {
        return limiter == null ? null : limiters.forFingerprint(fingerprint, limiter.scheduler(scheduler));
    }

    /** The layer: wrap the transport with it (outermost of the resilience concerns). */
    public TransportLayer build() {
        RateLimiter l = sharedLimiter();
        RetryPolicy p = retry.build();
        RetryBudget b = budgets.forFingerprint(fingerprint, budget, scheduler.clock());
        return next -> new ResilientTransport(next, clientId, fingerprint, l, p, b, listener, scheduler);
    }
}

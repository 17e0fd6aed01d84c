package dev.ateraharness.client.internal;

import dev.ateraharness.client.AteraClientConfig;
import dev.ateraharness.client.ResilienceOptions;
import dev.ateraharness.client.http.TransportLayer;
import dev.ateraharness.client.limit.RateLimiter;
import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.client.limit.RateLimiterRegistry;
import dev.ateraharness.client.internal.resilience.Resilience;
import dev.ateraharness.client.retry.RetryBudgetRegistry;
import dev.ateraharness.time.Scheduler;
import dev.ateraharness.time.SystemTime;
import java.util.Optional;

/**
 * Builds the client's resilience layer from its {@link ResilienceOptions}. The default registries are JVM-wide for
 * the system scheduler and private to the client on any other: a limiter captures its scheduler, so a limiter made
 * for one virtual clock must never be handed to a client on another clock (and a map from schedulers to their
 * limiters could never let a scheduler be collected, since the limiter refers to it).
 */
public final class DefaultResilience {

    private record Registries(RateLimiterRegistry limiters, RetryBudgetRegistry budgets) {
    }

    private DefaultResilience() {
    }

    /** The layer and the shared limiter it uses (null without a client-side limiter). */
    public record Stack(TransportLayer layer, RateLimiter limiter) {
    }

    /**
     * The stack the config's {@link ResilienceOptions} ask for; empty when resilience is off.
     *
     * @throws IllegalStateException if the registry already holds a limiter for this key with other settings
     */
    public static Optional<Stack> build(AteraClientConfig config) {
        ResilienceOptions o = config.resilience();
        if (!o.enabled()) {
            return Optional.empty();
        }
        Scheduler s = config.scheduler();
        Registries r = o.limiterRegistry().isPresent()
                ? new Registries(o.limiterRegistry().get(), o.budgetRegistry().orElseThrow())
                : defaults(s);
        Resilience res = Resilience.forFingerprint(config.credentials().fingerprint())
                .clientId(config.clientId())
                .retry(o.retryPolicy())
                .budget(o.retryBudget())
                .listener(o.attemptListener())
                .scheduler(s)
                .registries(r.limiters(), r.budgets());
        RateLimiter limiter = null;
        if (o.rateLimiter().isEmpty()) {
            res = res.noLimiter();
        } else {
            RateLimiterConfig wanted = o.rateLimiter().get();
            res = res.limiter(RateLimiter.builder().config(wanted));
            limiter = res.sharedLimiter();
            if (!limiter.config().equals(wanted)) {
                throw new IllegalStateException("key " + config.credentials().redacted() + " already has a limiter "
                        + describe(limiter.config()) + " in this registry; this client asked for "
                        + describe(wanted) + " (use ResilienceOptions.privateRegistries() for a separate limit)");
            }
        }
        return Optional.of(new Stack(res.build(), limiter));
    }

    private static String describe(RateLimiterConfig c) {
        return c.limit() + " per " + c.window() + " (guard " + c.guard() + ")";
    }

    private static Registries defaults(Scheduler s) {
        if (s == SystemTime.INSTANCE) {
            return new Registries(RateLimiterRegistry.global(), RetryBudgetRegistry.global());
        }
        return new Registries(new RateLimiterRegistry(), new RetryBudgetRegistry());
    }
}

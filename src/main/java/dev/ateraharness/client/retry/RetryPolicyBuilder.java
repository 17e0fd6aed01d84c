package dev.ateraharness.client.retry;

import dev.ateraharness.client.retry.internal.DefaultRetryPolicy;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

/** Immutable builder for a {@link RetryPolicy}: every method returns a new builder. */
public final class RetryPolicyBuilder {

    static final RetryPolicyBuilder DEFAULTS = new RetryPolicyBuilder(RetryConfig.defaults(), null);

    private final RetryConfig c;
    private final DoubleSupplier random; // null: a fresh SplittableRandom per policy

    private RetryPolicyBuilder(RetryConfig c, DoubleSupplier random) {
        this.c = c;
        this.random = random;
    }

    public RetryPolicyBuilder maxAttempts(int n) {
        return new RetryPolicyBuilder(new RetryConfig(n, c.baseDelay(), c.maxBackoff(), c.maxJitter(),
                c.maxRetryAfter(), c.retryStatuses()), random);
    }

    /** Backoff base and cap. */
    public RetryPolicyBuilder backoff(Duration base, Duration cap) {
        return new RetryPolicyBuilder(new RetryConfig(c.maxAttempts(), base, cap, c.maxJitter(),
                c.maxRetryAfter(), c.retryStatuses()), random);
    }

    public RetryPolicyBuilder maxJitter(Duration d) {
        return new RetryPolicyBuilder(new RetryConfig(c.maxAttempts(), c.baseDelay(), c.maxBackoff(), d,
                c.maxRetryAfter(), c.retryStatuses()), random);
    }

    public RetryPolicyBuilder maxRetryAfter(Duration d) {
        return new RetryPolicyBuilder(new RetryConfig(c.maxAttempts(), c.baseDelay(), c.maxBackoff(),
                c.maxJitter(), d, c.retryStatuses()), random);
    }

    public RetryPolicyBuilder retryStatuses(Set<Integer> statuses) {
        return new RetryPolicyBuilder(new RetryConfig(c.maxAttempts(), c.baseDelay(), c.maxBackoff(),
                c.maxJitter(), c.maxRetryAfter(), statuses), random);
    }

    /** The source of U(0,1) draws (tests fix it to make jitter deterministic). */
    public RetryPolicyBuilder random(DoubleSupplier uniform01) {
        return new RetryPolicyBuilder(c, Objects.requireNonNull(uniform01));
    }

    public RetryConfig config() {
        return c;
    }

    public RetryPolicy build() {
        DoubleSupplier r = random;
        if (r == null) {
            SplittableRandom sr = new SplittableRandom();
            r = () -> {
                synchronized (sr) {
                    return sr.nextDouble();
                }
            };
        }
        return new DefaultRetryPolicy(c, r);
    }
}

package dev.ateraharness.client.retry;

import dev.ateraharness.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One {@link RetryBudget} per key fingerprint, so all clients on a key share it as they share the limiter. The
 * first caller's settings win. {@link #global()} is the JVM-wide instance.
 */
public final class RetryBudgetRegistry {

    private static final RetryBudgetRegistry GLOBAL = new RetryBudgetRegistry();

    private final ConcurrentMap<String, RetryBudget> budgets = new ConcurrentHashMap<>();

    public static RetryBudgetRegistry global() {
        return GLOBAL;
    }

    public RetryBudget forFingerprint(String fingerprint, RetryBudgetConfig config, Clock clock) {
        return budgets.computeIfAbsent(fingerprint, f -> RetryBudget.create(config, clock));
    }
}

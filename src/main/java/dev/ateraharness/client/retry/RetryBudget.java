package dev.ateraharness.client.retry;

import dev.ateraharness.client.retry.internal.WindowedRetryBudget;
import dev.ateraharness.time.Clock;

/**
 * Caps retries relative to requests, so that a storm of failures cannot multiply the load on a struggling server
 * (or on the key's rate limit): every request deposits, every retry withdraws, and both expire after the TTL.
 *
 * <p>Guarantees: in any TTL span, successful withdrawals are at most {@code percentCanRetry * deposits +
 * minRetriesPerSecond * ttlSeconds} of the deposits and withdrawals made in that span (counted in one-second
 * slots, so a deposit may count for up to one second less than the TTL). Thread-safe. Does not order or delay
 * retries: it only says yes or no.
 */
public interface RetryBudget {

    /** A budget on {@code clock}. */
    static RetryBudget create(RetryBudgetConfig config, Clock clock) {
        return new WindowedRetryBudget(config, clock);
    }

    /** A budget that always allows (for tests of the policy alone). */
    static RetryBudget unlimited() {
        return new RetryBudget() {
            @Override
            public void deposit() {
            }

            @Override
            public boolean tryWithdraw() {
                return true;
            }

            @Override
            public long balance() {
                return Long.MAX_VALUE;
            }
        };
    }

    /** Called once per request (not per attempt). */
    void deposit();

    /** Called before each retry: true if it may go. */
    boolean tryWithdraw();

    /** Retries available right now. */
    long balance();
}

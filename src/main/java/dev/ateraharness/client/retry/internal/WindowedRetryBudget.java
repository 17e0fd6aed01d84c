package dev.ateraharness.client.retry.internal;

import dev.ateraharness.client.retry.RetryBudget;
import dev.ateraharness.client.retry.RetryBudgetConfig;
import dev.ateraharness.time.Clock;

/** Deposits and withdrawals counted in one-second slots over the TTL (a ring of counters). */
public final class WindowedRetryBudget implements RetryBudget {

    private static final long SECOND = 1_000_000_000L;

    private final RetryBudgetConfig config;
    private final Clock clock;
    private final long[] deposits;
    private final long[] withdrawals;
    private final long[] slotSecond;
    private final long reserve;

    public WindowedRetryBudget(RetryBudgetConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        int slots = (int) config.ttl().toSeconds();
        this.deposits = new long[slots];
        this.withdrawals = new long[slots];
        this.slotSecond = new long[slots];
        java.util.Arrays.fill(slotSecond, Long.MIN_VALUE);
        this.reserve = (long) config.minRetriesPerSecond() * slots;
    }

    @Override
    public synchronized void deposit() {
        deposits[slot()]++;
    }

    @Override
    public synchronized boolean tryWithdraw() {
        int s = slot();
        if (balanceNow() < 1) {
            return false;
        }
        withdrawals[s]++;
        return true;
    }

    @Override
    public synchronized long balance() {
        slot();
        return balanceNow();
    }

    private long balanceNow() {
        long d = 0;
        long w = 0;
        for (int i = 0; i < deposits.length; i++) {
            d += deposits[i];
            w += withdrawals[i];
        }
        return (long) Math.floor(reserve + config.percentCanRetry() * d) - w;
    }

    /** The current slot, clearing slots whose second has fallen out of the TTL. */
    private int slot() {
        long sec = Math.floorDiv(clock.nanos(), SECOND);
        for (int i = 0; i < slotSecond.length; i++) {
            if (slotSecond[i] != Long.MIN_VALUE && slotSecond[i] <= sec - slotSecond.length) {
                slotSecond[i] = Long.MIN_VALUE;
                deposits[i] = 0;
                withdrawals[i] = 0;
            }
        }
        int s = (int) Math.floorMod(sec, (long) slotSecond.length);
        if (slotSecond[s] != sec) {
            slotSecond[s] = sec;
            deposits[s] = 0;
            withdrawals[s] = 0;
        }
        return s;
    }
}

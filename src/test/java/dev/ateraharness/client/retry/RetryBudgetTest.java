package dev.ateraharness.client.retry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.time.VirtualTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBudgetTest {

    private final VirtualTime time = new VirtualTime();

    private int withdrawAll(RetryBudget b) {
        int n = 0;
        while (b.tryWithdraw()) {
            n++;
        }
        return n;
    }

    @Test
    void aQuietClientGetsTheFloorOnly() {
        RetryBudget b = RetryBudget.create(new RetryBudgetConfig(Duration.ofSeconds(10), 2, 0.2), time);
        assertThat(withdrawAll(b)).isEqualTo(20);
    }

    @Test
    void depositsAddTheirPercentage() {
        RetryBudget b = RetryBudget.create(new RetryBudgetConfig(Duration.ofSeconds(10), 0, 0.2), time);
        for (int i = 0; i < 100; i++) {
            b.deposit();
        }
        assertThat(b.balance()).isEqualTo(20);
        assertThat(withdrawAll(b)).isEqualTo(20);
    }

    @Test
    void depositsAndWithdrawalsExpireAfterTheTtl() {
        RetryBudget b = RetryBudget.create(new RetryBudgetConfig(Duration.ofSeconds(10), 1, 0.5), time);
        for (int i = 0; i < 10; i++) {
            b.deposit();
        }
        assertThat(withdrawAll(b)).isEqualTo(15);
        time.advance(Duration.ofSeconds(5));
        assertThat(b.tryWithdraw()).isFalse();
        time.advance(Duration.ofSeconds(5));
        // the first second's deposits and withdrawals have left the TTL: only the floor is back
        assertThat(b.balance()).isEqualTo(10);
    }

    @Test
    void unlimitedAlwaysAllows() {
        RetryBudget b = RetryBudget.unlimited();
        for (int i = 0; i < 10_000; i++) {
            assertThat(b.tryWithdraw()).isTrue();
        }
    }
}

package dev.ateraharness.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class VirtualTimeTest {

    @Test
    void tasksRunAtTheirDueTimeInDueOrderAndFifoOnTies() {
        VirtualTime vt = new VirtualTime(0);
        List<String> seen = new ArrayList<>();
        vt.schedule(300, () -> seen.add("c@" + vt.nanos()));
        vt.schedule(100, () -> seen.add("a@" + vt.nanos()));
        vt.schedule(100, () -> seen.add("b@" + vt.nanos()));

        vt.advanceNanos(250);

        assertThat(seen).containsExactly("a@100", "b@100");
        assertThat(vt.nanos()).isEqualTo(250);
        vt.advanceNanos(50);
        assertThat(seen).containsExactly("a@100", "b@100", "c@300");
    }

    @Test
    void tasksScheduledByTasksRunWithinTheSameAdvance() {
        VirtualTime vt = new VirtualTime(0);
        List<Long> seen = new ArrayList<>();
        vt.schedule(10, () -> vt.schedule(10, () -> seen.add(vt.nanos())));

        vt.advance(Duration.ofNanos(25));

        assertThat(seen).containsExactly(20L);
    }

    @Test
    void cancelledTaskNeverRuns() {
        VirtualTime vt = new VirtualTime(0);
        List<String> seen = new ArrayList<>();
        Scheduler.Cancellable c = vt.schedule(10, () -> seen.add("x"));

        assertThat(c.cancel()).isTrue();
        vt.runUntilIdle(10);

        assertThat(seen).isEmpty();
        assertThat(c.cancel()).isFalse();
    }

    @Test
    void delayCompletesOnlyOnceTimeHasPassed() {
        VirtualTime vt = new VirtualTime(0);
        CompletableFuture<Void> d = vt.delay(1_000);

        vt.advanceNanos(999);
        assertThat(d).isNotDone();
        vt.advanceNanos(1);
        assertThat(d).isCompleted();
    }

    @Test
    void systemTimeIsMonotonicAndNearTheWallClock() {
        long a = SystemTime.INSTANCE.nanos();
        long b = SystemTime.INSTANCE.nanos();
        assertThat(b).isGreaterThanOrEqualTo(a);
        assertThat(Math.abs(SystemTime.INSTANCE.millis() - System.currentTimeMillis())).isLessThan(5_000);
    }
}

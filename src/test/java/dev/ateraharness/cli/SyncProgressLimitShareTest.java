package dev.ateraharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.client.Page;
import dev.ateraharness.time.VirtualTime;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The progress bar's share of the limit: pages in the last window over N, in virtual time. */
class SyncProgressLimitShareTest {

    @Test
    void countsOnlyPagesOfTheLastWindow() {
        VirtualTime time = new VirtualTime();
        StringWriter err = new StringWriter();
        Page<Object> page = new Page<>(List.of(), 1, 10, 1000, 100, null, null);
        try (SyncProgress p = new SyncProgress(new PrintWriter(err), true, time, 10, Duration.ofSeconds(1).toNanos())) {
            for (int i = 0; i < 5; i++) {
                p.onPage("tickets", page);
            }
            assertThat(p.limitShare()).isEqualTo(50);
            time.advance(Duration.ofMillis(600));
            for (int i = 0; i < 5; i++) {
                p.onPage("tickets", page);
            }
            assertThat(p.limitShare()).isEqualTo(100);
            time.advance(Duration.ofMillis(500));
            assertThat(p.limitShare()).isEqualTo(100); // nothing new arrived: the share is as of the last page
            p.onPage("tickets", page);
            assertThat(p.limitShare()).isEqualTo(60);
        }
        assertThat(err.toString()).contains("limit").contains("/s");
    }

    @Test
    void withoutALimitThereIsNoShare() {
        try (SyncProgress p = new SyncProgress(new PrintWriter(new StringWriter()), false)) {
            assertThat(p.limitShare()).isEqualTo(-1);
        }
    }
}

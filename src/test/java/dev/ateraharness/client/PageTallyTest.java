package dev.ateraharness.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.time.VirtualTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary's figures, computed once for the cursor and the fan-out. */
class PageTallyTest {

    record Item(long id) {
    }

    @Test
    void countsPagesItemsIdsAndTheTimeFromStartToTheLastAnswer() {
        VirtualTime time = new VirtualTime();
        PageTally t = new PageTally(time);
        time.advance(Duration.ofSeconds(5));
        t.started();
        t.requested();
        t.requested();
        time.advance(Duration.ofMillis(300));
        t.answered();
        t.delivered(List.of(new Item(1), new Item(2)));
        t.delivered(List.of(new Item(2), new Item(3)));
        t.totalItemCount(5);
        time.advance(Duration.ofSeconds(9)); // no answer since: not part of the duration

        SyncSummary s = t.summary("tickets", SyncSummary.Paging.CONCURRENT, 1, List.of());
        assertThat(s.entity()).isEqualTo("tickets");
        assertThat(s.itemsSeen()).isEqualTo(4);
        assertThat(s.totalItemCount()).isEqualTo(5);
        assertThat(s.difference()).isEqualTo(-1);
        assertThat(s.pages()).isEqualTo(2);
        assertThat(s.requests()).isEqualTo(2);
        assertThat(s.duration()).isEqualTo(Duration.ofMillis(300));
        assertThat(s.paging()).isEqualTo(SyncSummary.Paging.CONCURRENT);
        assertThat(s.duplicateIds()).isEqualTo(1);
        assertThat(s.missingIds()).isEqualTo(2);
        assertThat(s.replans()).isEqualTo(1);
        assertThat(s.consistent()).isFalse();
    }

    @Test
    void aZeroTotalAfterItemsIsNoTotalAndItemsWithoutIdsCountNoIds() {
        PageTally t = new PageTally(new VirtualTime());
        t.started();
        t.delivered(List.of("a", "b"));
        t.totalItemCount(0);
        SyncSummary s = t.summary("agents", SyncSummary.Paging.SEQUENTIAL, 0, List.of());
        assertThat(s.totalItemCount()).isEqualTo(-1);
        assertThat(s.difference()).isZero();
        assertThat(s.duplicateIds()).isEqualTo(-1);
        assertThat(s.missingIds()).isEqualTo(-1);
        assertThat(s.duration()).isZero();

        PageTally none = new PageTally(new VirtualTime());
        assertThat(none.summary("agents", SyncSummary.Paging.SEQUENTIAL, 0, List.of()).totalItemCount())
                .isEqualTo(-1);
    }
}

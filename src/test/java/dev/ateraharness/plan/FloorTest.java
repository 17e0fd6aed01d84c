package dev.ateraharness.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FloorTest {

    private static final long W = 60_000_000_000L;

    @Test
    void perKeyFloorIsWholeWindowsAfterTheFirstBurst() {
        assertThat(Floor.perKeyNanos(0, 700, W)).isZero();
        assertThat(Floor.perKeyNanos(1, 700, W)).isZero();
        assertThat(Floor.perKeyNanos(700, 700, W)).isZero();
        assertThat(Floor.perKeyNanos(701, 700, W)).isEqualTo(W);
        assertThat(Floor.perKeyNanos(1400, 700, W)).isEqualTo(W);
        assertThat(Floor.perKeyNanos(1401, 700, W)).isEqualTo(2 * W);
    }

    @Test
    void totalIsTheBusiestKey() {
        assertThat(Floor.totalNanos(List.of(100L, 2101L, 701L), 700, W)).isEqualTo(3 * W);
    }

    @Test
    void capacityCountsTheWindowsTouchedByAClosedInterval() {
        assertThat(Floor.capacity(0, 700, W)).isEqualTo(700);
        assertThat(Floor.capacity(W - 1, 700, W)).isEqualTo(700);
        assertThat(Floor.capacity(W, 700, W)).isEqualTo(1400);
    }

    @Test
    void entitiesNeedCeilOfItemsOverPageSizeAndAtLeastOneRequest() {
        assertThat(new Entity("tickets", 0).requests(50)).isEqualTo(1);
        assertThat(new Entity("tickets", 50).requests(50)).isEqualTo(1);
        assertThat(new Entity("tickets", 51).requests(50)).isEqualTo(2);
        assertThat(new Entity("tickets", 100000).requests(50)).isEqualTo(2000);
    }
}

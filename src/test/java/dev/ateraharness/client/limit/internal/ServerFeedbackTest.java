package dev.ateraharness.client.limit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerFeedbackTest {

    @Test
    void aHoldOnlyDelaysAndALaterHoldOnlyExtendsIt() {
        ServerFeedback f = new ServerFeedback();
        assertThat(f.earliest(7)).isEqualTo(7);
        assertThat(f.hold(100)).isTrue();
        assertThat(f.hold(50)).isFalse();
        assertThat(f.hold(100)).isFalse();
        assertThat(f.earliest(10)).isEqualTo(100);
        assertThat(f.earliest(150)).isEqualTo(150);
    }

    @Test
    void theRemainingCountLessGrantsSinceTheSendIsTheBudgetUntilTheReset() {
        ServerFeedback f = new ServerFeedback();
        assertThat(f.remaining(3, 1_000, 10, t -> t == 10 ? 1 : -99)).isTrue();
        assertThat(f.allowance(20, 5)).isEqualTo(2);
        f.granted(20);
        assertThat(f.earliest(20)).isEqualTo(20);
        f.granted(30);
        assertThat(f.allowance(30, 5)).isZero();
        assertThat(f.earliest(30)).isEqualTo(1_000);
        f.granted(40); // spent already: stays at zero
        assertThat(f.allowance(1_000, 5)).isEqualTo(5);
        assertThat(f.earliest(1_000)).isEqualTo(1_000);
    }

    @Test
    void anObservationOfAnOlderSendIsIgnored() {
        ServerFeedback f = new ServerFeedback();
        assertThat(f.remaining(0, 500, 20, t -> 0)).isTrue();
        assertThat(f.remaining(10, 900, 19, t -> 0)).isFalse();
        assertThat(f.earliest(100)).isEqualTo(500);
        assertThat(f.remaining(10, 900, 20, t -> 0)).isTrue(); // the same send again counts
        assertThat(f.earliest(100)).isEqualTo(100);
    }
}

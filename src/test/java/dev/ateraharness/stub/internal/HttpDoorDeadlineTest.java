package dev.ateraharness.stub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.ateraharness.stub.StubRequest;
import dev.ateraharness.stub.StubResponse;
import dev.ateraharness.time.VirtualTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The HTTP door delivers a response at arrival + the model's latency, as the in-memory door does: the time the
 * model spent answering (here on a fake clock) is taken off WireMock's delay.
 */
class HttpDoorDeadlineTest {

    private final VirtualTime clock = new VirtualTime();

    /** A door over a model that spends {@code handling} on the clock and asks for {@code latencyMs}. */
    private ResponseDefinition answer(Duration handling, long latencyNanos) {
        RouteTransformer door = new RouteTransformer(r -> {
            clock.advance(handling);
            return new StubResponse(200, Map.of("Content-Type", List.of("application/json")), "{}".getBytes(),
                    latencyNanos, StubResponse.ConnectionFault.NONE, -1);
        }, clock);
        StubRequest r = new StubRequest("GET", "/api/v3/tickets", "", Map.of(), new byte[0], clock.nanos());
        return door.answer(r);
    }

    @Test
    void theModelsHandlingTimeIsTakenOffTheDelay() {
        assertThat(answer(Duration.ofMillis(5), 200_000_000L).getFixedDelayMilliseconds()).isEqualTo(195);
        assertThat(answer(Duration.ZERO, 200_000_000L).getFixedDelayMilliseconds()).isEqualTo(200);
    }

    @Test
    void aLatencyAlreadySpentGivesNoDelay() {
        assertThat(answer(Duration.ofMillis(5), 5_000_000L).getFixedDelayMilliseconds()).isNull();
        assertThat(answer(Duration.ofMillis(7), 5_000_000L).getFixedDelayMilliseconds()).isNull();
        assertThat(answer(Duration.ZERO, 0).getFixedDelayMilliseconds()).isNull();
    }

    @Test
    void wholeMillisecondsRoundToTheNearestSoTheMeanErrorIsZero() {
        assertThat(Responses.delayMillis(194_499_999L)).isEqualTo(194);
        assertThat(Responses.delayMillis(194_500_000L)).isEqualTo(195);
        assertThat(Responses.delayMillis(-1)).isZero();
        // remainders spread evenly over a millisecond: early as often as late, the mean error is 0
        long error = 0;
        for (long frac = 0; frac < 1_000_000; frac += 1_000) {
            long wanted = 150_000_000L + frac;
            error += Responses.delayMillis(wanted) * 1_000_000L - wanted;
        }
        assertThat(Math.abs(error / 1000)).isLessThanOrEqualTo(1_000);
    }
}

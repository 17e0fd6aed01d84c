package dev.ateraharness.plan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.client.event.AttemptOutcome;
import dev.ateraharness.client.event.AttemptRecord;
import dev.ateraharness.plan.SyncOutcome;
import dev.ateraharness.stub.Latency;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The validation's calibration from synthetic attempt logs (no real run, no wall time): the HTTP exchange's cost
 * is the second warm-up's mean round trip minus the configured latency's mean, plus the client's overhead per
 * request; the measured run is never looked at.
 */
class CalibrationTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    /**
     * One client sending sequentially: each request {@code gapMicros} after the previous response, each round
     * trip {@code roundTripMicros[i]}.
     */
    private static List<AttemptRecord> sequential(String client, long gapMicros, long... roundTripMicros) {
        List<AttemptRecord> out = new ArrayList<>();
        long t = 0;
        for (long rt : roundTripMicros) {
            Instant sent = T0.plusNanos(t * 1000);
            Instant received = T0.plusNanos((t + rt) * 1000);
            out.add(new AttemptRecord(client, "-", "GET", "/api/v3/tickets", 1, sent, sent, 0, received, 200,
                    AttemptOutcome.OK, null, null, null, null));
            t += rt + gapMicros;
        }
        return out;
    }

    private static RealRun.Measurement measurement(List<AttemptRecord> measured, List<AttemptRecord> warmUp) {
        return new RealRun.Measurement(new SyncOutcome(0, 1, List.of(), 0, 0), measured, warmUp);
    }

    @Test
    void theClientOverheadIsTheMedianGapFromAResponseToTheNextRequest() {
        List<AttemptRecord> as = sequential("a", 300, 200_000, 200_000, 200_000, 200_000);
        // three requests follow a response by 0.3 ms; the first follows none
        assertThat(RealRun.Measurement.clientOverheadNanos(as)).isEqualTo(300_000);
        assertThat(RealRun.Measurement.clientOverheadNanos(List.of())).isZero();
    }

    @Test
    void theOverheadIsTheWarmUpsMeanRoundTripBeyondTheConfiguredLatencyPlusTheClientsGap() {
        // warm-up: 205, 207, 209 ms against a fixed 200 ms (mean 7 ms more), 0.5 ms between response and request
        List<AttemptRecord> warmUp = sequential("w", 500, 205_000, 207_000, 209_000);
        // the measured run is far slower: the calibration must not see it
        List<AttemptRecord> measured = sequential("m", 500, 400_000, 400_000);
        long overhead = Validation.calibratedOverheadNanos(Latency.fixed(200), measurement(measured, warmUp), 1);
        assertThat(overhead).isEqualTo(7_000_000 + 500_000);
    }

    @Test
    void aWarmUpFasterThanTheConfiguredLatencyGivesNoOverheadAndNoWarmUpGivesNone() {
        List<AttemptRecord> fast = sequential("w", 0, 150_000, 150_000);
        assertThat(Validation.calibratedOverheadNanos(Latency.fixed(200), measurement(fast, fast), 1)).isZero();
        assertThat(Validation.calibratedOverheadNanos(Latency.fixed(200), measurement(fast, List.of()), 1)).isZero();
    }

    @Test
    void aRandomLatencyIsCalibratedAgainstItsMean() {
        Latency lognormal = Latency.lognormalP99(20, 80);
        long mean = Math.round(lognormal.meanNanos() / 1000);
        // every warm-up round trip is the configured mean + 3 ms: the cost is 3 ms (within the draws' sampling)
        List<AttemptRecord> warmUp = sequential("w", 0, mean + 3_000, mean + 3_000, mean + 3_000);
        long overhead = Validation.calibratedOverheadNanos(lognormal, measurement(warmUp, warmUp), 7);
        assertThat(overhead).isBetween(2_500_000L, 3_500_000L);
    }
}

package dev.ateraharness.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one latency model: CLI syntax, sampling, means, empirical resampling of an attempt log. */
class LatencyTest {

    private static long[] samples(Latency m, int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        long[] x = new long[n];
        for (int i = 0; i < n; i++) {
            x[i] = m.sampleNanos(rng);
        }
        Arrays.sort(x);
        return x;
    }

    @Test
    void lognormalHitsItsMedianAndP99() {
        Latency m = Latency.parse("lognormal:median=180ms,p99=900ms");
        long[] x = samples(m, 200_000, 1);
        assertThat(x[100_000] / 1e6).isCloseTo(180, within(180 * 0.02));
        assertThat(x[198_000] / 1e6).isCloseTo(900, within(900 * 0.04));
        assertThat(Arrays.stream(x).average().orElseThrow()).isCloseTo(m.meanNanos(), within(m.meanNanos() * 0.02));
        assertThat(m.describe()).isEqualTo("lognormal:median=180ms,p99=900ms");
    }

    @Test
    void fixedAndUniformParse() {
        assertThat(Latency.parse("fixed:180ms").sampleNanos(new SplittableRandom(1))).isEqualTo(180_000_000L);
        assertThat(Latency.parse("0").meanNanos()).isZero();
        long[] u = samples(Latency.parse("uniform:min=100ms,max=300ms"), 10_000, 2);
        assertThat(u[0]).isGreaterThanOrEqualTo(100_000_000L);
        assertThat(u[u.length - 1]).isLessThanOrEqualTo(300_000_000L);
    }

    @Test
    void sameSeedSameSamples() {
        Latency m = Latency.lognormalP99(180, 900);
        assertThat(samples(m, 100, 9)).containsExactly(samples(m, 100, 9));
    }

    @Test
    void empiricalResamplesReceivedMinusSentFromAnAttemptLog(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("attempts.csv");
        Files.writeString(log, String.join("\n",
                "client_id,key,method,path,attempt,intended,sent,limiter_wait_ms,received,status,outcome,retry_reason,retry_after_s,delay_ms,backoff_ceiling_ms",
                "c,abc,GET,/tickets,1,2026-01-01T00:00:00.000000Z,2026-01-01T00:00:00.000000Z,0,2026-01-01T00:00:00.100000Z,200,ok,,,,",
                "c,abc,GET,/tickets,1,2026-01-01T00:00:01.000000Z,2026-01-01T00:00:01.000000Z,0,2026-01-01T00:00:01.300000Z,200,ok,,,,",
                "c,abc,GET,/tickets,1,2026-01-01T00:00:02.000000Z,2026-01-01T00:00:02.000000Z,0,,0,retry,io,,120,1000",
                "c,abc,GET,/tickets,1,1767225603000,1767225603000.5,0,1767225603200.5,200,ok,,,,"));
        Latency m = Latency.parse("empirical:" + log);
        long[] x = samples(m, 3000, 4);
        assertThat(Arrays.stream(x).distinct().toArray()).containsExactly(100_000_000L, 200_000_000L, 300_000_000L);
        assertThat(m.meanNanos()).isCloseTo(200_000_000.0, within(1.0));
    }

    @Test
    void badInputSaysWhatIsWrongInOneLine(@TempDir Path dir) {
        assertThatThrownBy(() -> Latency.parse("lognormal:median=180ms")).hasMessageContaining("p99");
        assertThatThrownBy(() -> Latency.parse("lognormal:median=900ms,p99=180ms")).hasMessageContaining("median <= p99");
        assertThatThrownBy(() -> Latency.parse("fixed:180")).hasMessageContaining("180");
        assertThatThrownBy(() -> Latency.parse("gamma:1s")).hasMessageContaining("unknown latency model");
        assertThatThrownBy(() -> Latency.parse("empirical:" + dir.resolve("missing.csv")))
                .hasMessageContaining("cannot read attempt log").hasMessageNotContaining("\n");
    }
}

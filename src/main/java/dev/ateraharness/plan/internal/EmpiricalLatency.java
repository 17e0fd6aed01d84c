package dev.ateraharness.plan.internal;

import dev.ateraharness.evidence.AttemptLog;
import dev.ateraharness.evidence.AttemptLogFormat;
import dev.ateraharness.plan.LatencyModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Bootstrap resampling of observed round-trip times: each sample is one of the observations, chosen uniformly.
 * Built from an attempt log ({@link AttemptLogFormat}) as {@code received - sent} of every attempt that has both; rows
 * without a response (status 0, empty received) are skipped, since a timeout is not a latency.
 */
public final class EmpiricalLatency implements LatencyModel {

    private final long[] sorted;
    private final double mean;
    private final String source;

    public EmpiricalLatency(long[] observationsNanos, String source) {
        if (observationsNanos.length == 0) {
            throw new IllegalArgumentException("no latencies in " + source);
        }
        this.sorted = observationsNanos.clone();
        Arrays.sort(sorted);
        if (sorted[0] < 0) {
            throw new IllegalArgumentException("negative latency (received before sent) in " + source);
        }
        this.mean = Arrays.stream(sorted).asDoubleStream().average().orElse(0);
        this.source = source;
    }

    /** Reads an attempt log (CSV or JSON lines, through {@link AttemptLogFormat}). */
    public static EmpiricalLatency fromAttemptLog(Path file) throws IOException {
        AttemptLog log = AttemptLogFormat.read(file);
        long[] values = log.attempts().stream().filter(a -> a.wasSent() && a.wasReceived())
                .mapToLong(a -> a.receivedNanos() - a.sentNanos()).toArray();
        if (values.length == 0) {
            throw new IOException(file + ": no attempt with both sent and received, so no latency to sample");
        }
        return new EmpiricalLatency(values, file.toString());
    }

    @Override
    public long sampleNanos(RandomGenerator rng) {
        return sorted[rng.nextInt(sorted.length)];
    }

    @Override
    public double meanNanos() {
        return mean;
    }

    /** Number of observations. */
    public int size() {
        return sorted.length;
    }

    @Override
    public String describe() {
        return "empirical:" + source;
    }
}

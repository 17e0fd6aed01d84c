package dev.ateraharness.plan.internal;

import dev.ateraharness.plan.Durations;
import dev.ateraharness.plan.LatencyModel;
import java.util.random.RandomGenerator;

/** Uniform round-trip time on [min, max]. */
public record UniformLatency(long minNanos, long maxNanos) implements LatencyModel {

    public UniformLatency {
        if (minNanos < 0 || maxNanos < minNanos) {
            throw new IllegalArgumentException("uniform latency needs 0 <= min <= max");
        }
    }

    @Override
    public long sampleNanos(RandomGenerator rng) {
        return minNanos == maxNanos ? minNanos : rng.nextLong(minNanos, maxNanos + 1);
    }

    @Override
    public double meanNanos() {
        return (minNanos + (double) maxNanos) / 2;
    }

    @Override
    public String describe() {
        return "uniform:min=" + Durations.format(minNanos) + ",max=" + Durations.format(maxNanos);
    }
}

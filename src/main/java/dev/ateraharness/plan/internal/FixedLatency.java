package dev.ateraharness.plan.internal;

import dev.ateraharness.plan.Durations;
import dev.ateraharness.plan.LatencyModel;
import java.util.random.RandomGenerator;

/** A constant round-trip time; draws nothing from the generator. */
public record FixedLatency(long nanos) implements LatencyModel {

    public FixedLatency {
        if (nanos < 0) {
            throw new IllegalArgumentException("latency must be >= 0");
        }
    }

    @Override
    public long sampleNanos(RandomGenerator rng) {
        return nanos;
    }

    @Override
    public double meanNanos() {
        return nanos;
    }

    @Override
    public String describe() {
        return "fixed:" + Durations.format(nanos);
    }
}

package dev.ateraharness.plan.internal;

import dev.ateraharness.plan.Durations;
import dev.ateraharness.plan.LatencyModel;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Lognormal round-trip time fixed by two quantiles: mu = ln(median), sigma = ln(p99 / median) / z_0.99, so the
 * model's median and 99th percentile are exactly the ones given. Mean = exp(mu + sigma^2 / 2).
 */
public final class LognormalLatency implements LatencyModel {

    /** z_0.99 of the standard normal, from commons-math rather than a typed constant. */
    static final double Z99 = new NormalDistribution(0, 1).inverseCumulativeProbability(0.99);

    private final long median;
    private final long p99;
    private final double mu;
    private final double sigma;

    public LognormalLatency(long medianNanos, long p99Nanos) {
        if (medianNanos <= 0 || p99Nanos < medianNanos) {
            throw new IllegalArgumentException("lognormal latency needs 0 < median <= p99");
        }
        this.median = medianNanos;
        this.p99 = p99Nanos;
        this.mu = Math.log(medianNanos);
        this.sigma = Math.log((double) p99Nanos / medianNanos) / Z99;
    }

    @Override
    public long sampleNanos(RandomGenerator rng) {
        return Math.round(Math.exp(mu + sigma * rng.nextGaussian()));
    }

    @Override
    public double meanNanos() {
        return Math.exp(mu + sigma * sigma / 2);
    }

    /** The shape parameter (for tests and reports). */
    public double sigma() {
        return sigma;
    }

    @Override
    public String describe() {
        return "lognormal:median=" + Durations.format(median) + ",p99=" + Durations.format(p99);
    }
}

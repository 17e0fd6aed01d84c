package dev.ateraharness.stub;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Added response latency: none, fixed, uniform in [min, max], or lognormal with a median and sigma.
 * Sampled from the stub's seeded fault random, so a run is repeatable for one arrival order.
 *
 * @param kind     the distribution
 * @param fixedMs  the delay for {@link Kind#FIXED}
 * @param minMs    lower bound for {@link Kind#UNIFORM}
 * @param maxMs    upper bound for {@link Kind#UNIFORM}
 * @param medianMs the median for {@link Kind#LOGNORMAL}
 * @param sigma    the log standard deviation for {@link Kind#LOGNORMAL}
 */
public record Latency(Kind kind, double fixedMs, double minMs, double maxMs, double medianMs, double sigma) {

    /** Distribution family. */
    public enum Kind {
        NONE, FIXED, UNIFORM, LOGNORMAL;

        static Kind parse(String t) {
            return valueOf(t.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** No added latency. */
    public static final Latency NONE = new Latency(Kind.NONE, 0, 0, 0, 0, 0);

    public Latency {
        if (kind == null || fixedMs < 0 || minMs < 0 || maxMs < minMs || medianMs < 0 || sigma < 0) {
            throw new IllegalArgumentException("invalid latency: " + kind + " fixed=" + fixedMs + " min=" + minMs
                    + " max=" + maxMs + " median=" + medianMs + " sigma=" + sigma);
        }
    }

    /** Always {@code ms}. */
    public static Latency fixed(double ms) {
        return new Latency(Kind.FIXED, ms, 0, 0, 0, 0);
    }

    /** Uniform in [min, max] ms. */
    public static Latency uniform(double minMs, double maxMs) {
        return new Latency(Kind.UNIFORM, 0, minMs, maxMs, 0, 0);
    }

    /** Lognormal with the given median (ms) and sigma. */
    public static Latency lognormal(double medianMs, double sigma) {
        return new Latency(Kind.LOGNORMAL, 0, 0, 0, medianMs, sigma);
    }

    /** One sample in whole milliseconds. */
    public int sampleMillis(SplittableRandom random) {
        double ms = switch (kind) {
            case NONE -> 0;
            case FIXED -> fixedMs;
            case UNIFORM -> minMs + random.nextDouble() * (maxMs - minMs);
            case LOGNORMAL -> medianMs * Math.exp(sigma * gaussian(random));
        };
        return (int) Math.min(Integer.MAX_VALUE, Math.round(ms));
    }

    private static double gaussian(SplittableRandom r) {
        double u1 = 1.0 - r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}

package dev.ateraharness.plan;

import dev.ateraharness.plan.internal.EmpiricalLatency;
import dev.ateraharness.plan.internal.FixedLatency;
import dev.ateraharness.plan.internal.LognormalLatency;
import dev.ateraharness.plan.internal.UniformLatency;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The round-trip time of one request in the planner's simulated server (request leg + service + response leg).
 *
 * <p>Guarantees: {@link #sampleNanos} draws only from the generator it is given, so a seeded generator gives a
 * reproducible sequence; samples are never negative. Models are immutable and thread-safe. It does not model
 * correlation between consecutive requests or load-dependent latency (the server never slows down as it gets
 * busier): that is a known simplification of the planner.
 */
public interface LatencyModel {

    /** One round-trip time in nanoseconds, >= 0. */
    long sampleNanos(RandomGenerator rng);

    /** The model's mean in nanoseconds (for Little's law and reports). */
    double meanNanos();

    /** The CLI form that rebuilds this model, e.g. {@code lognormal:median=180ms,p99=900ms}. */
    String describe();

    /** A constant latency. */
    static LatencyModel fixed(long nanos) {
        return new FixedLatency(nanos);
    }

    /** Uniform on [min, max]. */
    static LatencyModel uniform(long minNanos, long maxNanos) {
        return new UniformLatency(minNanos, maxNanos);
    }

    /** Lognormal with the given median and 99th percentile (sigma = ln(p99/median) / z_0.99). */
    static LatencyModel lognormal(long medianNanos, long p99Nanos) {
        return new LognormalLatency(medianNanos, p99Nanos);
    }

    /** Resamples (bootstrap) the received - sent times of an attempt log CSV or JSON-lines file. */
    static LatencyModel empirical(Path attemptLog) throws IOException {
        return EmpiricalLatency.fromAttemptLog(attemptLog);
    }

    /**
     * Parses the CLI syntax: {@code fixed:180ms}, {@code uniform:min=100ms,max=300ms},
     * {@code lognormal:median=180ms,p99=900ms}, {@code empirical:FILE}, or {@code 0} for no latency.
     *
     * @throws IllegalArgumentException with a one-line message on bad syntax or an unreadable/empty log
     */
    static LatencyModel parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.equals("0") || t.equalsIgnoreCase("none")) {
            return fixed(0);
        }
        int colon = t.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("bad latency '" + text
                    + "' (expected fixed:180ms, uniform:min=..,max=.., lognormal:median=180ms,p99=900ms or empirical:FILE)");
        }
        String kind = t.substring(0, colon).toLowerCase(Locale.ROOT);
        String args = t.substring(colon + 1);
        switch (kind) {
            case "fixed":
                return fixed(Durations.parseNanos(args));
            case "uniform": {
                Map<String, String> p = params(args, "min", "max");
                return uniform(Durations.parseNanos(p.get("min")), Durations.parseNanos(p.get("max")));
            }
            case "lognormal": {
                Map<String, String> p = params(args, "median", "p99");
                return lognormal(Durations.parseNanos(p.get("median")), Durations.parseNanos(p.get("p99")));
            }
            case "empirical":
                try {
                    return empirical(Path.of(args));
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot read attempt log '" + args + "': " + e.getMessage(), e);
                }
            default:
                throw new IllegalArgumentException("unknown latency model '" + kind
                        + "' (expected fixed, uniform, lognormal or empirical)");
        }
    }

    private static Map<String, String> params(String args, String... required) {
        Map<String, String> out = new HashMap<>();
        for (String part : args.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("bad latency parameter '" + part + "' (expected name=value)");
            }
            out.put(part.substring(0, eq).trim().toLowerCase(Locale.ROOT), part.substring(eq + 1).trim());
        }
        for (String r : required) {
            if (!out.containsKey(r)) {
                throw new IllegalArgumentException("latency parameter '" + r + "' is missing in '" + args + "'");
            }
        }
        if (out.size() != required.length) {
            throw new IllegalArgumentException("unexpected latency parameters in '" + args + "' (expected "
                    + String.join(", ", required) + ")");
        }
        return out;
    }
}

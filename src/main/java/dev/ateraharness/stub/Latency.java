package dev.ateraharness.stub;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.ateraharness.stub.internal.AttemptLogLatencies;
import dev.ateraharness.time.Durations;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The one latency model of the project: the delay the stub's model adds between a request's arrival and its
 * response, in the HTTP stub (faults files, {@code stub --faults}) and in the planner ({@code plan --latency},
 * {@code plan --faults}) alike. None, fixed, uniform in [min, max], lognormal (by median and sigma, or by median
 * and 99th percentile), or empirical (bootstrap of the {@code received - sent} times of an attempt log).
 *
 * <p>Guarantees: a sample draws only from the generator it is given (the model's seeded fault stream, in arrival
 * order), so a run is repeatable for one arrival order; samples are never negative. Immutable and thread-safe.
 * It does not model correlation between requests or load-dependent slow-down.
 *
 * @param kind         the distribution
 * @param fixedMs      the delay for {@link Kind#FIXED}
 * @param minMs        lower bound for {@link Kind#UNIFORM}
 * @param maxMs        upper bound for {@link Kind#UNIFORM}
 * @param medianMs     the median for {@link Kind#LOGNORMAL}
 * @param sigma        the log standard deviation for {@link Kind#LOGNORMAL}
 * @param samplesNanos the observations for {@link Kind#EMPIRICAL}, sorted (null otherwise)
 * @param source       where the observations came from, for {@link #describe()} (null otherwise)
 */
@JsonIgnoreProperties({"samplesNanos", "source"})
public record Latency(Kind kind, double fixedMs, double minMs, double maxMs, double medianMs, double sigma,
                      long[] samplesNanos, String source) {

    /** Distribution family. */
    public enum Kind {
        NONE, FIXED, UNIFORM, LOGNORMAL, EMPIRICAL
    }

    /** z of the standard normal at 0.99. */
    static final double Z99 = 2.3263478740408408;

    /** No added latency. */
    public static final Latency NONE = new Latency(Kind.NONE, 0, 0, 0, 0, 0);

    public Latency {
        if (kind == null || fixedMs < 0 || minMs < 0 || maxMs < minMs || medianMs < 0 || sigma < 0) {
            throw new IllegalArgumentException("invalid latency: " + kind + " fixed=" + fixedMs + " min=" + minMs
                    + " max=" + maxMs + " median=" + medianMs + " sigma=" + sigma);
        }
        if (kind == Kind.EMPIRICAL) {
            if (samplesNanos == null || samplesNanos.length == 0) {
                throw new IllegalArgumentException("no latencies in " + source);
            }
            samplesNanos = samplesNanos.clone();
            Arrays.sort(samplesNanos);
            if (samplesNanos[0] < 0) {
                throw new IllegalArgumentException("negative latency (received before sent) in " + source);
            }
        } else {
            samplesNanos = null;
        }
    }

    /** A parametric latency (what a faults file holds). */
    public Latency(Kind kind, double fixedMs, double minMs, double maxMs, double medianMs, double sigma) {
        this(kind, fixedMs, minMs, maxMs, medianMs, sigma, null, null);
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

    /** Lognormal whose median and 99th percentile are exactly these (sigma = ln(p99/median) / z_0.99). */
    public static Latency lognormalP99(double medianMs, double p99Ms) {
        if (!(medianMs > 0 && p99Ms >= medianMs)) {
            throw new IllegalArgumentException("lognormal latency needs 0 < median <= p99");
        }
        return lognormal(medianMs, Math.log(p99Ms / medianMs) / Z99);
    }

    /** Bootstrap resampling of these observations (nanoseconds). */
    public static Latency empirical(long[] observationsNanos, String source) {
        return new Latency(Kind.EMPIRICAL, 0, 0, 0, 0, 0, observationsNanos, source);
    }

    /**
     * Resamples the {@code received - sent} times of an attempt log (CSV or JSON lines); rows without a response
     * are skipped, since a timeout is not a latency.
     */
    public static Latency empirical(Path attemptLog) throws IOException {
        return empirical(AttemptLogLatencies.read(attemptLog), attemptLog.toString());
    }

    /**
     * Parses the CLI syntax: {@code fixed:180ms}, {@code uniform:min=100ms,max=300ms},
     * {@code lognormal:median=180ms,p99=900ms}, {@code empirical:FILE}, or {@code 0}/{@code none}.
     *
     * @throws IllegalArgumentException with a one-line message on bad syntax or an unreadable/empty log
     */
    public static Latency parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.equals("0") || t.equalsIgnoreCase("none")) {
            return NONE;
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
                return fixed(ms(args));
            case "uniform": {
                Map<String, String> p = params(args, "min", "max");
                return uniform(ms(p.get("min")), ms(p.get("max")));
            }
            case "lognormal": {
                Map<String, String> p = params(args, "median", "p99");
                return lognormalP99(ms(p.get("median")), ms(p.get("p99")));
            }
            case "empirical":
                try {
                    return empirical(Path.of(args));
                } catch (IOException | RuntimeException e) {
                    throw new IllegalArgumentException("cannot read attempt log '" + args + "': " + e.getMessage(), e);
                }
            default:
                throw new IllegalArgumentException("unknown latency model '" + kind
                        + "' (expected fixed, uniform, lognormal or empirical)");
        }
    }

    /** One sample in nanoseconds, >= 0. */
    public long sampleNanos(RandomGenerator random) {
        double ms = switch (kind) {
            case NONE -> 0;
            case FIXED -> fixedMs;
            case UNIFORM -> minMs + random.nextDouble() * (maxMs - minMs);
            case LOGNORMAL -> medianMs * Math.exp(sigma * gaussian(random));
            case EMPIRICAL -> -1;
        };
        if (kind == Kind.EMPIRICAL) {
            return samplesNanos[random.nextInt(samplesNanos.length)];
        }
        return Math.max(0, Math.round(Math.min(ms * 1e6, (double) Long.MAX_VALUE)));
    }

    /** One sample in whole milliseconds. */
    public int sampleMillis(RandomGenerator random) {
        return (int) Math.min(Integer.MAX_VALUE, Math.round(sampleNanos(random) / 1e6));
    }

    /** The mean in nanoseconds (for Little's law and reports). */
    public double meanNanos() {
        return switch (kind) {
            case NONE -> 0;
            case FIXED -> fixedMs * 1e6;
            case UNIFORM -> (minMs + maxMs) / 2 * 1e6;
            case LOGNORMAL -> medianMs * Math.exp(sigma * sigma / 2) * 1e6;
            case EMPIRICAL -> Arrays.stream(samplesNanos).asDoubleStream().average().orElse(0);
        };
    }

    /** The CLI form that rebuilds this latency, e.g. {@code lognormal:median=180ms,p99=900ms}. */
    public String describe() {
        return switch (kind) {
            case NONE -> "0";
            case FIXED -> "fixed:" + msText(fixedMs);
            case UNIFORM -> "uniform:min=" + msText(minMs) + ",max=" + msText(maxMs);
            case LOGNORMAL -> "lognormal:median=" + msText(medianMs) + ",p99=" + msText(medianMs * Math.exp(sigma * Z99));
            case EMPIRICAL -> "empirical:" + source;
        };
    }

    /** The number of observations of an empirical latency (0 for the others). */
    public int observations() {
        return samplesNanos == null ? 0 : samplesNanos.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Latency l && kind == l.kind && fixedMs == l.fixedMs && minMs == l.minMs
                && maxMs == l.maxMs && medianMs == l.medianMs && sigma == l.sigma
                && Arrays.equals(samplesNanos, l.samplesNanos);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, fixedMs, minMs, maxMs, medianMs, sigma) * 31 + Arrays.hashCode(samplesNanos);
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String msText(double ms) {
        double rounded = Math.round(ms * 1000) / 1000.0;
        return (rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded)) + "ms";
    }

    private static double ms(String text) {
        if (text.trim().matches("[0-9.]+") && !text.trim().matches("0+")) {
            throw new IllegalArgumentException("bad duration '" + text.trim() + "' in a latency (give a unit, e.g. "
                    + text.trim() + "ms)");
        }
        return Durations.parseNanosAllowingZero(text.trim()) / 1e6;
    }

    private static double gaussian(RandomGenerator r) {
        double u1 = 1.0 - r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
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

package dev.ateraharness.compare;

/**
 * How two runs are compared. Immutable; validated on construction.
 *
 * @param tolerance the change allowed before a regression counts: 0.10 = a figure may get 10 % worse; a
 *                  regression needs the whole interval beyond it
 * @param confidence two-sided confidence of every interval (0.95)
 * @param resamples bootstrap resamples per interval (2000)
 * @param seed the bootstrap's seed: the same inputs give the same output
 * @param minSamples fewer samples than this on either side: the figure is reported, not judged (10)
 */
public record CompareSettings(double tolerance, double confidence, int resamples, long seed, int minSamples) {

    /** Tolerance 10 %, confidence 95 %, 2000 resamples, seed 1, at least 10 samples. */
    public static final CompareSettings DEFAULTS = new CompareSettings(0.10, 0.95, 2000, 1, 10);

    public CompareSettings {
        if (!(tolerance >= 0 && tolerance < 10)) {
            throw new IllegalArgumentException("tolerance must be in [0, 10) (0.1 = 10 %), not " + tolerance);
        }
        if (!(confidence > 0.5 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0.5, 1), not " + confidence);
        }
        if (resamples < 100 || resamples > 1_000_000) {
            throw new IllegalArgumentException("resamples must be in 100..1000000, not " + resamples);
        }
        if (minSamples < 2) {
            throw new IllegalArgumentException("minSamples must be >= 2, not " + minSamples);
        }
    }

    public CompareSettings withTolerance(double t) {
        return new CompareSettings(t, confidence, resamples, seed, minSamples);
    }

    public CompareSettings withSeed(long s) {
        return new CompareSettings(tolerance, confidence, resamples, s, minSamples);
    }

    /** The ratio beyond which a higher-is-worse figure regressed: 1 + tolerance. */
    public double worseAbove() {
        return 1 + tolerance;
    }

    /** The ratio below which a lower-is-worse figure regressed: 1 - tolerance (never below 0). */
    public double worseBelow() {
        return Math.max(0, 1 - tolerance);
    }
}

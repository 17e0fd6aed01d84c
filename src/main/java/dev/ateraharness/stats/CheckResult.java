package dev.ateraharness.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one check, as written to every report.
 *
 * @param id stable identifier ({@code window}, {@code retry-after}, ...)
 * @param title human title
 * @param outcome pass / fail / inconclusive
 * @param gate whether a failure fails the run
 * @param figure the headline number, NaN when there is none
 * @param threshold what the figure is judged against, in words ({@code "<= 700"})
 * @param unit the figure's unit ({@code "requests"}, {@code "ms"}, ...)
 * @param explanation one sentence a person understands
 * @param details check-specific data (ordered; values are numbers, strings, booleans, lists and maps)
 */
public record CheckResult(String id, String title, CheckOutcome outcome, boolean gate, double figure, String threshold,
                          String unit, String explanation, Map<String, Object> details) {

    public CheckResult {
        Objects.requireNonNull(id);
        Objects.requireNonNull(outcome);
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** The same result, marked as a gate or not. */
    public CheckResult withGate(boolean g) {
        return new CheckResult(id, title, outcome, g, figure, threshold, unit, explanation, details);
    }

    /**
     * The figure as every report prints it: a share as a percentage with one decimal when the unit is
     * {@code utilisation} ({@link Figures#percent}), a whole number as such, else four significant digits; "-"
     * when there is none.
     */
    public String figureText() {
        if (Double.isNaN(figure)) {
            return "-";
        }
        if ("utilisation".equals(unit)) {
            return Figures.percent(figure);
        }
        if (figure == Math.rint(figure) && Math.abs(figure) < 1e15) {
            return Long.toString((long) figure);
        }
        return String.format(java.util.Locale.ROOT, "%.4g", figure);
    }

    /** Whether this result fails the run: a failed gate. */
    public boolean failsRun() {
        return gate && outcome == CheckOutcome.FAIL;
    }
}

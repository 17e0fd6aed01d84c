package dev.ateraharness.compare;

/**
 * The change of one statistic of one figure from baseline to candidate, with its interval.
 *
 * @param figure the figure's name ({@code latencyMs}, ...)
 * @param statistic what of it is compared ({@code p50}, {@code rate}, {@code max}, ...)
 * @param unit the unit of {@code baseline} and {@code candidate}
 * @param method how the interval was computed, in words
 * @param baseline the baseline's value
 * @param candidate the candidate's value
 * @param ratio candidate / baseline (NaN when undefined)
 * @param low lower bound of the ratio's interval (NaN for exact figures)
 * @param high upper bound of the ratio's interval (NaN for exact figures)
 * @param pValue a test's two-sided p-value where one applies (Mann-Whitney for samples), else NaN
 * @param judgement the gate's reading
 * @param explanation one sentence a person understands
 */
public record FigureChange(String figure, String statistic, String unit, String method, double baseline,
                           double candidate, double ratio, double low, double high, double pValue,
                           Judgement judgement, String explanation) {

    /** What the gate makes of a change. */
    public enum Judgement {
        /** The whole interval lies beyond the tolerance on the worse side: fails the gate. */
        REGRESSION,
        /** The interval reaches into the tolerance (or is on the better side): passes. */
        NO_EVIDENCE,
        /** Too little data to judge (reported, passes). */
        NOT_JUDGED;

        /** Words for reports: {@code regression}, {@code no evidence of regression}, {@code not judged}. */
        public String words() {
            return switch (this) {
                case REGRESSION -> "regression";
                case NO_EVIDENCE -> "no evidence of regression";
                case NOT_JUDGED -> "not judged";
            };
        }
    }

    /** Whether this change fails the gate. */
    public boolean regressed() {
        return judgement == Judgement.REGRESSION;
    }
}

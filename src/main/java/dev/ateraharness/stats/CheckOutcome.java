package dev.ateraharness.stats;

/** A check's verdict. Inconclusive means the data could not decide (too few samples, or the log was absent). */
public enum CheckOutcome {
    PASS, FAIL, INCONCLUSIVE;

    /** Lower-case name as written in verdict.json. */
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

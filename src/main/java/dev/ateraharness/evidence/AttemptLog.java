package dev.ateraharness.evidence;

import java.util.List;

/**
 * An attempt log as read: its attempts in file order, and how many attempts its writer said it failed to record.
 *
 * @param attempts  the rows, in file order (the order logical requests are grouped by)
 * @param lostRows  the sum of the {@code lost} marker rows' counts: attempts the writer knows it did not record
 * @param lostMarks how many {@code lost} marker rows the log holds (each says "rows are missing here")
 */
public record AttemptLog(List<Attempt> attempts, long lostRows, int lostMarks) {

    public AttemptLog {
        attempts = List.copyOf(attempts);
    }

    /** Whether the log is whole: no writer said it lost a row. A log that lost rows cannot pass a check. */
    public boolean complete() {
        return lostMarks == 0;
    }
}

package dev.ateraharness.evidence.internal;

import dev.ateraharness.evidence.LogColumn;
import dev.ateraharness.evidence.LogFormatException;
import java.util.List;

/**
 * The cells of the current row, addressed by their index in a schema's column list, with the typed reads every
 * evidence reader shares (so a CSV row, a JSON line and a line the fast reader hands over fail with the same
 * message): an absent or empty cell reads as "", NaN or the caller's "absent" value; an empty required cell, or
 * one that does not parse, is a {@link LogFormatException} naming the file and line.
 */
public abstract class Cells {

    private final List<LogColumn> columns;

    protected Cells(List<LogColumn> columns) {
        this.columns = columns;
    }

    /** Cell {@code c} of the current row as written, "" when absent. */
    protected abstract String raw(int c);

    /** An error about the current row. */
    public abstract LogFormatException error(String problem);

    private String present(int c) throws LogFormatException {
        String s = raw(c).strip();
        if (s.isEmpty()) {
            if (columns.get(c).required()) {
                throw error("missing " + columns.get(c).name());
            }
            return null;
        }
        return s;
    }

    /** Text exactly as written (a CSV reader already trims unquoted cells); required cells must not be empty. */
    public String text(int c) throws LogFormatException {
        String s = raw(c);
        if (s.isEmpty() && columns.get(c).required()) {
            throw error("missing " + columns.get(c).name());
        }
        return s;
    }

    public int integer(int c, int absent) throws LogFormatException {
        String s = present(c);
        if (s == null) {
            return absent;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw error(columns.get(c).name() + " is not an integer: '" + s + "'");
        }
    }

    /** A finite decimal, NaN when empty. */
    public double decimal(int c) throws LogFormatException {
        String s = present(c);
        if (s == null) {
            return Double.NaN;
        }
        try {
            double d = Double.parseDouble(s);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw error(columns.get(c).name() + " is not a number: '" + s + "'");
        }
    }

    /** Nanoseconds since the epoch, {@code absent} when empty. */
    public long time(int c, long absent) throws LogFormatException {
        String s = present(c);
        if (s == null) {
            return absent;
        }
        try {
            return LogTime.parseNanos(s);
        } catch (IllegalArgumentException e) {
            throw error(columns.get(c).name() + ": " + e.getMessage());
        }
    }
}

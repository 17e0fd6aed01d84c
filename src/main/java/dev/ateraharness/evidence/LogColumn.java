package dev.ateraharness.evidence;

import java.util.List;
import java.util.Objects;

/**
 * One column of an evidence log's schema: its name (the CSV header cell and the JSON-lines field), the type its
 * cells hold, the unit, whether a row may leave it empty, and what it means.
 *
 * <p>Guarantees: immutable; the name is lower case without commas, quotes or spaces, so a header written from a
 * schema is the same in CSV and JSON lines. The schemas themselves are {@link ArrivalLogFormat#COLUMNS} and
 * {@link AttemptLogFormat#COLUMNS}.
 *
 * @param name     the header cell / JSON field name
 * @param type     what the cells hold
 * @param unit     the unit of the cells ("" for none)
 * @param required whether every row must fill it (a reader fails on an empty required cell)
 * @param meaning  one sentence for the docs
 */
public record LogColumn(String name, Type type, String unit, boolean required, String meaning) {

    /** What a cell holds and how it is written. */
    public enum Type {
        /** Any text; CSV quotes it only when it must (comma, quote, CR, LF, or spaces at either end). */
        TEXT,
        /** A whole number. */
        INTEGER,
        /** A decimal number (written with three fraction digits where the schema says so). */
        DECIMAL,
        /**
         * An instant: written ISO-8601 UTC with six fraction digits ({@code 2026-01-01T00:00:00.123456Z}); read
         * as any ISO-8601 instant (with an offset too) or epoch milliseconds with an optional fraction.
         */
        TIMESTAMP
    }

    public LogColumn {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(unit);
        Objects.requireNonNull(meaning);
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("column names are lower-case words: " + name);
        }
    }

    /** The CSV header line of {@code columns} (no line break). */
    public static String header(List<LogColumn> columns) {
        return String.join(",", columns.stream().map(LogColumn::name).toList());
    }
}

package dev.ateraharness.evidence;

import java.nio.file.Path;
import java.util.Locale;

/** How an evidence log is laid out on disk: CSV with a header row, or JSON lines (one object per line). */
public enum LogFormat {
    CSV, JSON_LINES;

    /** JSON lines when the file name ends in {@code .jsonl}, {@code .ndjson} or {@code .json}; CSV otherwise. */
    public static LogFormat forFile(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json") ? JSON_LINES : CSV;
    }
}

package dev.ateraharness.evidence;

import java.io.IOException;
import java.nio.file.Path;

/** A log could not be read: names the file and, where it applies, the 1-based line. */
public final class LogFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;

    public LogFormatException(Path file, long line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based line number, 0 when the problem is not on one line. */
    public long line() {
        return line;
    }
}

package dev.ateraharness.report.gatling;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A Gatling {@code simulation.log} that cannot be read or merged: truncated, corrupt, written by another Gatling
 * version, or not combinable with the other inputs. The message is one line naming the file and, where the problem
 * is inside it, the byte offset of the record (or field) at fault.
 */
public final class SimulationLogException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long offset;

    /** A problem at byte {@code offset} of {@code file} ({@code offset} -1: the file as a whole). */
    public SimulationLogException(Path file, long offset, String problem) {
        super(message(file, offset, problem));
        this.file = file;
        this.offset = offset;
    }

    /** A problem with the inputs as a whole (no single file at fault). */
    public SimulationLogException(String problem) {
        this(null, -1, problem);
    }

    private static String message(Path file, long offset, String problem) {
        if (file == null) {
            return problem;
        }
        return file + (offset >= 0 ? ": at byte " + offset : "") + ": " + problem;
    }

    /** The file at fault, if one is. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The byte offset at fault in {@link #file()}, or -1 when the problem is not at one place. */
    public long offset() {
        return offset;
    }
}

package dev.ateraharness.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Output files named on a command line: their folder is created before any work starts, so a run never ends by
 * losing what it measured because {@code reports/new-folder/} did not exist or could not be written.
 */
final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * Creates the parent folder of {@code file} (null: nothing to do). Returns the one-line error for the CLI when
     * it cannot, naming the folder and the reason.
     */
    static Optional<String> prepareParent(Path file, String what) {
        if (file == null) {
            return Optional.empty();
        }
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (Files.isDirectory(file)) {
                return Optional.of("error: " + what + " " + file + " is a folder; name a file");
            }
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.of("error: cannot create the folder " + parent + " for the " + what + " " + file
                    + " (" + reason(e) + "); name a file in a folder you can write");
        }
    }

    /** java.nio puts only the path in most messages; say what went wrong instead. */
    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException || e instanceof SecurityException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? "I/O error" : e.getMessage();
    }
}

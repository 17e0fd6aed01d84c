package dev.ateraharness.evidence;

import dev.ateraharness.evidence.internal.RowReader;
import dev.ateraharness.evidence.internal.RowWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The key-labels file written beside an arrival log ({@value #FILE_NAME}): one row per key with its label and role
 * ({@code measured} or {@code warm-up}), so {@code check} on a run's own logs shows the same labels and leaves the
 * same warm-up keys out as the run did. CSV or JSON lines, columns {@link #COLUMNS}.
 */
public final class KeyLabelsFormat {

    /** The file name beside {@code arrivals.csv}. */
    public static final String FILE_NAME = "keys.csv";
    /** The role of a key whose traffic is judged. */
    public static final String MEASURED = "measured";
    /** The role of a key that only warmed the path up. */
    public static final String WARM_UP = "warm-up";

    public static final List<LogColumn> COLUMNS = List.of(
            new LogColumn("key", LogColumn.Type.TEXT, "", true, "key fingerprint, as in the arrival log"),
            new LogColumn("label", LogColumn.Type.TEXT, "", false, "the name reports show (the key when empty)"),
            new LogColumn("role", LogColumn.Type.TEXT, "", false,
                    "measured (default) or warm-up: warm-up keys are left out of checks and figures by default"));

    private KeyLabelsFormat() {
    }

    /** The labels file beside {@code arrivalLog}, when there is one. */
    public static Optional<Path> besideArrivals(Path arrivalLog) {
        Path parent = arrivalLog.toAbsolutePath().getParent();
        Path f = parent == null ? null : parent.resolve(FILE_NAME);
        return f != null && Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
    }

    public static List<KeyLabel> read(Path file) throws IOException {
        List<KeyLabel> out = new ArrayList<>();
        try (RowReader r = RowReader.open(file, COLUMNS)) {
            while (r.next()) {
                String key = r.text(0);
                String label = r.text(1);
                String role = r.text(2).strip();
                if (!role.isEmpty() && !role.equals(MEASURED) && !role.equals(WARM_UP)) {
                    throw r.error("role must be " + MEASURED + " or " + WARM_UP + ", got '" + role + "'");
                }
                out.add(new KeyLabel(key, label.isEmpty() ? key : label, role.equals(WARM_UP)));
            }
        }
        return out;
    }

    public static void write(Path file, List<KeyLabel> labels) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             RowWriter rows = new RowWriter(w, LogFormat.forFile(file), COLUMNS)) {
            for (KeyLabel l : labels) {
                rows.begin().text(l.key()).text(l.label()).text(l.warmUp() ? WARM_UP : MEASURED).end();
            }
        }
    }
}

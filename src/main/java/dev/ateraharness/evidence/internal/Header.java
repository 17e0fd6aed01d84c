package dev.ateraharness.evidence.internal;

import dev.ateraharness.evidence.LogColumn;
import dev.ateraharness.evidence.LogFormatException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds a schema's columns in a CSV header by name: case-insensitive, trimmed, any order, first occurrence wins,
 * extra columns ignored, a leading byte-order mark dropped. A missing required column names the file, the line and
 * the header found.
 */
public final class Header {

    private Header() {
    }

    /** The cell index of each schema column, -1 when the header lacks it. */
    public static int[] indexes(List<String> cells, List<LogColumn> columns, Path file, long line)
            throws LogFormatException {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i);
            if (i == 0 && !name.isEmpty() && name.charAt(0) == '\uFEFF') {
                name = name.substring(1);
            }
            byName.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), i);
        }
        int[] index = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Integer i = byName.get(columns.get(c).name());
            if (i == null && columns.get(c).required()) {
                throw new LogFormatException(file, line, "CSV header lacks the required column '"
                        + columns.get(c).name() + "' (found: " + String.join(",", cells) + ")");
            }
            index[c] = i == null ? -1 : i;
        }
        return index;
    }
}

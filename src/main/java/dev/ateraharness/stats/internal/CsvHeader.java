package dev.ateraharness.stats.internal;

import dev.ateraharness.stats.LogFormatException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the wanted columns in a log's CSV header by name (case-insensitive, trimmed, first occurrence wins, any
 * order, a leading BOM ignored), for both CSV readers. A missing required column is a {@link LogFormatException}
 * naming the file, the line and the header found.
 */
final class CsvHeader {

    private CsvHeader() {
    }

    /** The column index of each wanted name, -1 when absent. */
    static int[] columns(String header, List<String> wanted, Set<String> required, CsvSplitter splitter, Path file,
                         long line) throws LogFormatException {
        if (!header.isEmpty() && header.charAt(0) == '\uFEFF') {
            header = header.substring(1);
        }
        try {
            splitter.split(header);
        } catch (IllegalArgumentException e) {
            throw new LogFormatException(file, line, "bad CSV header: " + e.getMessage());
        }
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < splitter.count(); i++) {
            byName.putIfAbsent(splitter.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        int[] index = new int[wanted.size()];
        for (int w = 0; w < wanted.size(); w++) {
            Integer idx = byName.get(wanted.get(w));
            if (idx == null && required.contains(wanted.get(w))) {
                throw new LogFormatException(file, line, "CSV header lacks the required column '" + wanted.get(w)
                        + "' (found: " + header + ")");
            }
            index[w] = idx == null ? -1 : idx;
        }
        return index;
    }
}

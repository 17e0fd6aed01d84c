package dev.ateraharness.stats.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ateraharness.stats.LogFormatException;
import dev.ateraharness.time.Timestamps;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a log as rows of named fields, from CSV (columns found by header name, any order, extra columns ignored)
 * or JSON lines ({@code .jsonl}/{@code .ndjson}, or any file whose first character is <code>{</code>).
 *
 * <p>Fields are addressed by their position in the {@code wanted} list; an absent or empty field reads as "".
 * Required columns missing from a CSV header, or from a JSON line, raise {@link LogFormatException} naming the
 * file and line. Blank lines are skipped. Not thread-safe.
 */
public final class LogRows implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final BufferedReader in;
    private final List<String> wanted;
    private final Set<String> required;
    private final boolean json;
    private final CsvSplitter csv = new CsvSplitter();
    private int[] csvIndex;
    private final String[] jsonValues;
    private long line;

    private LogRows(Path file, BufferedReader in, List<String> wanted, Set<String> required, boolean json) {
        this.file = file;
        this.in = in;
        this.wanted = wanted;
        this.required = required;
        this.json = json;
        this.jsonValues = new String[wanted.size()];
    }

    /** Opens {@code file}; reads the CSV header now. */
    public static LogRows open(Path file, List<String> wanted, Set<String> required) throws IOException {
        BufferedReader in;
        try {
            in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8),
                    1 << 16);
        } catch (NoSuchFileException e) {
            throw new LogFormatException(file, 0, "no such file");
        } catch (IOException e) {
            throw new LogFormatException(file, 0, "cannot open: " + e.getMessage());
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean json = name.endsWith(".jsonl") || name.endsWith(".ndjson");
        if (!json && !name.endsWith(".csv")) {
            in.mark(4096);
            int c;
            do {
                c = in.read();
            } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xFEFF);
            in.reset();
            json = c == '{';
        }
        LogRows rows = new LogRows(file, in, wanted, required, json);
        if (!json) {
            try {
                rows.readHeader();
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
        }
        return rows;
    }

    private void readHeader() throws IOException {
        String header;
        do {
            header = in.readLine();
            line++;
        } while (header != null && header.isBlank());
        if (header == null) {
            throw new LogFormatException(file, 0, "empty file: no CSV header");
        }
        csvIndex = CsvHeader.columns(header, wanted, required, csv, file, line);
    }

    /** Advances to the next non-blank row; false at the end of the file. */
    public boolean next() throws IOException {
        String s;
        do {
            s = in.readLine();
            line++;
        } while (s != null && s.isBlank());
        if (s == null) {
            return false;
        }
        if (json) {
            parseJson(s);
        } else {
            try {
                csv.split(s);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
            for (int w = 0; w < csvIndex.length; w++) {
                if (csvIndex[w] >= 0 && csvIndex[w] >= csv.count() && required.contains(wanted.get(w))) {
                    throw error("too few fields (" + csv.count() + ") for column '" + wanted.get(w) + "'");
                }
            }
        }
        return true;
    }

    private void parseJson(String s) throws LogFormatException {
        JsonNode node;
        try {
            node = JSON.readTree(s);
        } catch (JsonProcessingException e) {
            throw error("not a JSON object: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw error("not a JSON object");
        }
        for (int w = 0; w < wanted.size(); w++) {
            JsonNode v = node.get(wanted.get(w));
            String text;
            if (v == null || v.isNull()) {
                text = "";
            } else if (v.isNumber()) {
                text = v.isIntegralNumber() ? v.asText() : v.decimalValue().toPlainString();
            } else if (v.isValueNode()) {
                text = v.asText();
            } else {
                throw error("field '" + wanted.get(w) + "' is not a plain value");
            }
            if (text.isEmpty() && required.contains(wanted.get(w))) {
                throw error("missing the required field '" + wanted.get(w) + "'");
            }
            jsonValues[w] = text;
        }
    }

    /** Field {@code w} (index into the wanted list) of the current row, "" when absent. */
    public String get(int w) {
        if (json) {
            return jsonValues[w];
        }
        return csv.get(csvIndex[w]);
    }

    /** 1-based line number of the current row. */
    public long line() {
        return line;
    }

    /** An error about the current line. */
    public LogFormatException error(String problem) {
        return new LogFormatException(file, line, problem);
    }

    /** Field w trimmed, null when empty; an empty required field is an error. */
    private String present(int w) throws LogFormatException {
        String s = get(w).trim();
        if (s.isEmpty()) {
            if (required.contains(wanted.get(w))) {
                throw error("missing " + wanted.get(w));
            }
            return null;
        }
        return s;
    }

    /** Reads field w as an int; required fields must be present. */
    public int intField(int w, int absent) throws LogFormatException {
        String s = present(w);
        if (s == null) {
            return absent;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw error(wanted.get(w) + " is not an integer: '" + s + "'");
        }
    }

    /** Reads field w as a decimal, NaN when empty. */
    public double decimalField(int w) throws LogFormatException {
        String s = present(w);
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
            throw error(wanted.get(w) + " is not a number: '" + s + "'");
        }
    }

    /** Reads field w as a timestamp in nanoseconds, {@code absent} when empty. */
    public long timeField(int w, long absent) throws LogFormatException {
        String s = present(w);
        if (s == null) {
            return absent;
        }
        try {
            return Timestamps.parseNanos(s);
        } catch (IllegalArgumentException e) {
            throw error(wanted.get(w) + ": " + e.getMessage());
        }
    }

    /** Reads field w as text; required fields must be non-empty. */
    public String textField(int w) throws LogFormatException {
        String s = get(w).trim();
        if (s.isEmpty() && required.contains(wanted.get(w))) {
            throw error("missing " + wanted.get(w));
        }
        return s;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

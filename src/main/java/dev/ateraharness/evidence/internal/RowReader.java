package dev.ateraharness.evidence.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.ateraharness.evidence.LogColumn;
import dev.ateraharness.evidence.LogFormatException;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads any evidence log row by row: CSV through jackson-dataformat-csv (RFC 4180 quoting, quoted cells may span
 * lines, unquoted cells trimmed, blank lines skipped, columns found by header name: see {@link Header}) or JSON
 * lines ({@code .jsonl}/{@code .ndjson}, or any file not named {@code .csv} whose first character is <code>{</code>;
 * one object per line, nulls and missing fields read as empty). Not thread-safe.
 */
public final class RowReader extends Cells implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvFactory CSV = CsvFactory.builder().enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    private final Path file;
    private final List<LogColumn> columns;
    private final BufferedReader in;
    private final CsvParser csv;
    private final String[] values;
    private int[] index;
    private final List<String> cells = new ArrayList<>();
    private long line;

    private RowReader(Path file, List<LogColumn> columns, BufferedReader in, CsvParser csv) {
        super(columns);
        this.file = file;
        this.columns = columns;
        this.in = in;
        this.csv = csv;
        this.values = new String[columns.size()];
    }

    /** Opens {@code file} and, for CSV, reads its header. */
    public static RowReader open(Path file, List<LogColumn> columns) throws IOException {
        BufferedReader in;
        try {
            in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8),
                    1 << 16);
        } catch (NoSuchFileException e) {
            throw new LogFormatException(file, 0, "no such file");
        } catch (IOException e) {
            throw new LogFormatException(file, 0, "cannot open: " + e.getMessage());
        }
        try {
            if (isJsonLines(file, in)) {
                return new RowReader(file, columns, in, null);
            }
            CsvParser p = CSV.createParser(in);
            p.setSchema(CsvSchema.emptySchema());
            RowReader r = new RowReader(file, columns, in, p);
            if (!r.nextCsvRow()) {
                throw new LogFormatException(file, 0, "empty file: no CSV header");
            }
            r.index = Header.indexes(r.cells, columns, file, r.line);
            return r;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static boolean isJsonLines(Path file, BufferedReader in) throws IOException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return true;
        }
        if (name.endsWith(".csv")) {
            return false;
        }
        in.mark(4096);
        int c;
        do {
            c = in.read();
        } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xFEFF);
        in.reset();
        return c == '{';
    }

    /** Advances to the next row; false at the end of the file. */
    public boolean next() throws IOException {
        if (csv != null) {
            if (!nextCsvRow()) {
                return false;
            }
            for (int c = 0; c < values.length; c++) {
                values[c] = index[c] >= 0 && index[c] < cells.size() ? cells.get(index[c]) : "";
                if (index[c] >= cells.size() && columns.get(c).required()) {
                    throw error("too few fields (" + cells.size() + ") for column '" + columns.get(c).name() + "'");
                }
            }
            return true;
        }
        String s;
        do {
            s = in.readLine();
            line++;
        } while (s != null && s.isBlank());
        if (s == null) {
            return false;
        }
        parseJson(s);
        return true;
    }

    /** Reads one CSV record into {@link #cells}, skipping records that are one blank cell. */
    private boolean nextCsvRow() throws LogFormatException {
        try {
            while (true) {
                JsonToken t = csv.nextToken();
                if (t == null) {
                    return false;
                }
                if (t != JsonToken.START_ARRAY) {
                    throw error("unexpected CSV token " + t);
                }
                cells.clear();
                while ((t = csv.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        throw error("unexpected end of file");
                    }
                    if (cells.isEmpty()) {
                        // the record's own line (the array's start token carries the previous record's)
                        line = csv.currentTokenLocation().getLineNr();
                    }
                    cells.add(csv.getText());
                }
                if (!(cells.size() == 1 && cells.get(0).isBlank())) {
                    return true;
                }
            }
        } catch (JacksonException e) {
            if (e.getLocation() != null) {
                line = e.getLocation().getLineNr();
            }
            throw error("bad CSV: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw error("cannot read: " + e.getMessage());
        }
    }

    private void parseJson(String s) throws LogFormatException {
        JsonNode node;
        try {
            node = JSON.readTree(s);
        } catch (JacksonException e) {
            throw error("not a JSON object: " + firstLine(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            throw error("not a JSON object");
        }
        for (int c = 0; c < values.length; c++) {
            String name = columns.get(c).name();
            JsonNode v = node.get(name);
            String text;
            if (v == null || v.isNull()) {
                text = "";
            } else if (v.isNumber()) {
                text = v.isIntegralNumber() ? v.asText() : v.decimalValue().toPlainString();
            } else if (v.isValueNode()) {
                text = v.asText();
            } else {
                throw error("field '" + name + "' is not a plain value");
            }
            if (text.isEmpty() && columns.get(c).required()) {
                throw error("missing the required field '" + name + "'");
            }
            values[c] = text;
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    protected String raw(int c) {
        return values[c];
    }

    /** 1-based line on which the current row starts. */
    public long line() {
        return line;
    }

    @Override
    public LogFormatException error(String problem) {
        return new LogFormatException(file, line, problem);
    }

    /** The current row's cells by schema column (a copy). */
    public List<String> row() {
        return Arrays.asList(values.clone());
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.close();
        }
        in.close();
    }
}

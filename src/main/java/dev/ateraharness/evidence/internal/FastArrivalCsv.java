package dev.ateraharness.evidence.internal;

import dev.ateraharness.evidence.ArrivalLogFormat;
import dev.ateraharness.evidence.ArrivalSink;
import dev.ateraharness.evidence.LogFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The arrival log's one fast reader, kept because a million-row CSV must be judged in well under a second: scans
 * bytes (no String per line or per field), parses {@code ...Z} timestamps and integers in place and interns keys,
 * methods and paths by their bytes.
 *
 * <p>It takes only plain lines: no quote, an ISO {@code ...Z} timestamp, a status of up to three digits, a
 * Retry-After of digits with an optional fraction, no spaces around the key. On the first line it does not take it
 * gives up ({@link #read} returns false) and the caller reads the whole file with the general reader, which
 * accepts the rest and words every error; so both always agree (FastCsvAgreementTest).
 */
public final class FastArrivalCsv {

    private static final int TIMESTAMP = 0;
    private static final int KEY = 1;
    private static final int METHOD = 2;
    private static final int PATH = 3;
    private static final int STATUS = 4;
    private static final int RETRY_AFTER = 5;

    private final Path file;
    private final ArrivalSink sink;
    private int[] col; // column index of each schema column, -1 when absent
    private int maxCol;
    private final int[] start = new int[64];
    private final int[] end = new int[64];
    private final ByteTable keys = new ByteTable();
    private final ByteTable strings = new ByteTable();
    private long line;
    private boolean header = true;

    private FastArrivalCsv(Path file, ArrivalSink sink) {
        this.file = file;
        this.sink = sink;
    }

    /** Whether {@code file} is CSV by the readers' rule (named .csv, or not JSON lines by name or content). */
    public static boolean applies(Path file) throws IOException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return true;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || !Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            for (byte b : in.readNBytes(4096)) {
                if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                    return b != '{';
                }
            }
        }
        return true;
    }

    /** Reads every row into {@code sink}; false (rows already sent stay sent) when a line needs the general reader. */
    public static boolean read(Path file, ArrivalSink sink) throws IOException {
        return new FastArrivalCsv(file, sink).run();
    }

    private boolean run() throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new LogFormatException(file, 0, "no such file");
        }
        try (in) {
            return ByteLines.forEach(in, this::handle) && !header;
        }
    }

    /** Handles one line [from, to) (without the newline); the first non-blank one is the header. */
    private boolean handle(byte[] buf, int from, int to) throws LogFormatException {
        line++;
        if (to > from && buf[to - 1] == '\r') {
            to--;
        }
        if (blank(buf, from, to)) {
            return true;
        }
        if (header) {
            header = false;
            return readHeader(buf, from, to);
        }
        return fast(buf, from, to);
    }

    private boolean readHeader(byte[] buf, int from, int to) throws LogFormatException {
        String h = new String(buf, from, to - from, StandardCharsets.UTF_8);
        if (h.indexOf('"') >= 0) {
            return false;
        }
        col = Header.indexes(Arrays.asList(h.split(",", -1)), ArrivalLogFormat.COLUMNS, file, line);
        for (int c : col) {
            maxCol = Math.max(maxCol, c);
        }
        return maxCol < start.length;
    }

    private boolean fast(byte[] buf, int from, int to) {
        int f = 0;
        int s = from;
        for (int i = from; i < to && f <= maxCol; i++) {
            byte c = buf[i];
            if (c == '"') {
                return false;
            }
            if (c == ',') {
                start[f] = s;
                end[f] = i;
                f++;
                s = i + 1;
            }
        }
        if (f <= maxCol) {
            start[f] = s;
            end[f] = to;
            f++;
        }
        if (f <= maxCol) {
            return false;
        }
        for (int i = end[maxCol]; i < to; i++) {
            if (buf[i] == '"') {
                return false; // a quoted cell further on may span lines
            }
        }
        long t = LogTime.isoNanos(buf, start[col[TIMESTAMP]], end[col[TIMESTAMP]]);
        if (t == Long.MIN_VALUE) {
            return false;
        }
        int ks = start[col[KEY]];
        int ke = end[col[KEY]];
        int ss = start[col[STATUS]];
        int se = end[col[STATUS]];
        if (ke == ks || se == ss || se - ss > 3 || plainSpace(buf[ks]) || plainSpace(buf[ke - 1])) {
            return false;
        }
        int status = 0;
        for (int i = ss; i < se; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            status = status * 10 + d;
        }
        double ra = Double.NaN;
        if (col[RETRY_AFTER] >= 0 && end[col[RETRY_AFTER]] > start[col[RETRY_AFTER]]) {
            ra = simpleDecimal(buf, start[col[RETRY_AFTER]], end[col[RETRY_AFTER]]);
            if (Double.isNaN(ra)) {
                return false;
            }
        }
        String method = col[METHOD] < 0 ? "" : cell(strings, buf, start[col[METHOD]], end[col[METHOD]]);
        String path = col[PATH] < 0 ? "" : cell(strings, buf, start[col[PATH]], end[col[PATH]]);
        if (method == null || path == null) {
            return false;
        }
        sink.arrival(t, keys.get(buf, ks, ke), method, path, status, ra);
        return true;
    }

    /** An optional text cell, or null when it has spaces at either end (the general reader trims those). */
    private static String cell(ByteTable table, byte[] buf, int from, int to) {
        if (to > from && (plainSpace(buf[from]) || plainSpace(buf[to - 1]))) {
            return null;
        }
        return table.get(buf, from, to);
    }

    private static boolean plainSpace(byte b) {
        return b == ' ' || b == '\t';
    }

    private static boolean blank(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!plainSpace(buf[i])) {
                return false;
            }
        }
        return true;
    }

    /** Digits with an optional fraction, else NaN. */
    private static double simpleDecimal(byte[] b, int from, int to) {
        long whole = 0;
        int i = from;
        for (; i < to && b[i] != '.'; i++) {
            int c = b[i] - '0';
            if (c < 0 || c > 9 || i - from > 12) {
                return Double.NaN;
            }
            whole = whole * 10 + c;
        }
        if (i == to) {
            return whole;
        }
        if (i == from || i == to - 1) {
            return Double.NaN;
        }
        for (int k = i + 1; k < to; k++) {
            if (b[k] < '0' || b[k] > '9') {
                return Double.NaN;
            }
        }
        return Double.parseDouble(new String(b, from, to - from, StandardCharsets.US_ASCII));
    }
}

package dev.ateraharness.stats.internal;

import dev.ateraharness.stats.ArrivalLog;
import dev.ateraharness.stats.LogFormatException;
import dev.ateraharness.time.Timestamps;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The arrival-log CSV reader's fast path: scans bytes (no String per line or per field for the common row),
 * parses {@code ...Z} timestamps and integers in place and looks keys, methods and paths up by their bytes.
 *
 * <p>Any line it cannot take on the fast path (quotes, offsets, epoch-millisecond timestamps, bad values) is
 * decoded and parsed the ordinary way, which also produces the error message naming the file and line. Columns
 * are found by header name exactly as {@link LogRows} does.
 */
public final class FastArrivalCsv {

    private static final int TIMESTAMP = 0;
    private static final int KEY = 1;
    private static final int METHOD = 2;
    private static final int PATH = 3;
    private static final int STATUS = 4;
    private static final int RETRY_AFTER = 5;
    private static final String[] NAMES = {"timestamp", "key", "method", "path", "status", "retry_after_s"};
    private static final Set<String> REQUIRED = Set.of("timestamp", "key", "status");

    private final Path file;
    private final int[] col = new int[NAMES.length]; // column index of each wanted field, -1 when absent
    private int maxCol;
    private final int[] start = new int[64];
    private final int[] end = new int[64];
    private final ByteTable keys = new ByteTable();
    private final ByteTable strings = new ByteTable();
    private final CsvSplitter splitter = new CsvSplitter();
    private long line;
    private boolean header = true;

    private FastArrivalCsv(Path file) {
        this.file = file;
    }

    public static ArrivalLog read(Path file) throws IOException {
        return new FastArrivalCsv(file).run();
    }

    private ArrivalLog run() throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new LogFormatException(file, 0, "no such file");
        }
        long size = Files.size(file);
        ArrivalLog.Builder b = new ArrivalLog.Builder((int) Math.min(Integer.MAX_VALUE - 8, size / 60 + 16));
        try (in) {
            ByteLines.forEach(in, (buf, from, to) -> handle(buf, from, to, b));
            if (header) {
                throw new LogFormatException(file, 0, "empty file: no CSV header");
            }
        }
        return b.build();
    }

    /** Handles one line [from, to) (without the newline); the first non-blank one is the header. */
    private void handle(byte[] buf, int from, int to, ArrivalLog.Builder b) throws LogFormatException {
        line++;
        if (to > from && buf[to - 1] == '\r') {
            to--;
        }
        if (blank(buf, from, to)) {
            return;
        }
        if (header) {
            readHeader(new String(buf, from, to - from, StandardCharsets.UTF_8));
            header = false;
            return;
        }
        if (!fast(buf, from, to, b)) {
            slow(new String(buf, from, to - from, StandardCharsets.UTF_8), b);
        }
    }

    private void readHeader(String h) throws LogFormatException {
        int[] found = CsvHeader.columns(h, List.of(NAMES), REQUIRED, splitter, file, line);
        System.arraycopy(found, 0, col, 0, found.length);
        for (int c : col) {
            maxCol = Math.max(maxCol, c);
        }
        if (maxCol >= start.length) {
            throw new LogFormatException(file, line, "too many columns before the ones needed");
        }
    }

    private boolean fast(byte[] buf, int from, int to, ArrivalLog.Builder b) {
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
        long t = Timestamps.isoNanos(buf, start[col[TIMESTAMP]], end[col[TIMESTAMP]]);
        if (t == Long.MIN_VALUE) {
            return false;
        }
        int ks = start[col[KEY]];
        int ke = end[col[KEY]];
        int ss = start[col[STATUS]];
        int se = end[col[STATUS]];
        if (ke == ks || se == ss || se - ss > 3 || buf[ks] == ' ' || buf[ke - 1] == ' ') {
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
        String method = col[METHOD] < 0 ? "" : strings.get(buf, start[col[METHOD]], end[col[METHOD]]);
        String path = col[PATH] < 0 ? "" : strings.get(buf, start[col[PATH]], end[col[PATH]]);
        if (method == null || path == null) {
            return false;
        }
        String key = keys.get(buf, ks, ke);
        if (key == null) {
            return false;
        }
        b.add(t, key, method, path, status, ra);
        return true;
    }

    /** The ordinary path for unusual lines; throws the error message naming the file and line. */
    private void slow(String text, ArrivalLog.Builder b) throws LogFormatException {
        try {
            splitter.split(text);
        } catch (IllegalArgumentException e) {
            throw new LogFormatException(file, line, e.getMessage());
        }
        String ts = field(TIMESTAMP);
        String key = field(KEY);
        String st = field(STATUS);
        if (ts.isEmpty()) {
            throw new LogFormatException(file, line, "missing timestamp");
        }
        if (key.isEmpty()) {
            throw new LogFormatException(file, line, "missing key");
        }
        if (st.isEmpty()) {
            throw new LogFormatException(file, line, "missing status");
        }
        long t;
        try {
            t = Timestamps.parseNanos(ts);
        } catch (IllegalArgumentException e) {
            throw new LogFormatException(file, line, "timestamp: " + e.getMessage());
        }
        int status;
        try {
            status = Integer.parseInt(st);
        } catch (NumberFormatException e) {
            throw new LogFormatException(file, line, "status is not an integer: '" + st + "'");
        }
        double ra = Double.NaN;
        String r = field(RETRY_AFTER);
        if (!r.isEmpty()) {
            try {
                ra = Double.parseDouble(r);
            } catch (NumberFormatException e) {
                throw new LogFormatException(file, line, "retry_after_s is not a number: '" + r + "'");
            }
            if (!(ra >= 0) || Double.isInfinite(ra)) {
                throw new LogFormatException(file, line, "retry_after_s must be a non-negative number: '" + r + "'");
            }
        }
        b.add(t, key, field(METHOD), field(PATH), status, ra);
    }

    private String field(int w) {
        return col[w] < 0 ? "" : splitter.get(col[w]).trim();
    }

    private static boolean blank(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] != ' ' && buf[i] != '\t') {
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

package dev.ateraharness.stats.internal;

import dev.ateraharness.time.Timestamps;
import dev.ateraharness.stats.ArrivalLog;
import dev.ateraharness.stats.LogFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    private final Path file;
    private final int[] col = new int[NAMES.length]; // column index of each wanted field, -1 when absent
    private int maxCol;
    private final int[] start = new int[64];
    private final int[] end = new int[64];
    private final ByteTable keys = new ByteTable();
    private final ByteTable strings = new ByteTable();
    private final CsvSplitter splitter = new CsvSplitter();
    private long line;

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
            byte[] buf = new byte[1 << 20];
            int len = 0;
            int pos = 0;
            boolean header = true;
            boolean eof = false;
            while (true) {
                int nl = -1;
                for (int i = pos; i < len; i++) {
                    if (buf[i] == '\n') {
                        nl = i;
                        break;
                    }
                }
                if (nl < 0) {
                    if (eof) {
                        if (pos < len) {
                            header = handle(buf, pos, len, header, b);
                        }
                        break;
                    }
                    // compact and refill; grow for very long lines
                    System.arraycopy(buf, pos, buf, 0, len - pos);
                    len -= pos;
                    pos = 0;
                    if (len == buf.length) {
                        buf = Arrays.copyOf(buf, buf.length * 2);
                    }
                    int r = in.read(buf, len, buf.length - len);
                    if (r < 0) {
                        eof = true;
                    } else {
                        len += r;
                    }
                    continue;
                }
                header = handle(buf, pos, nl, header, b);
                pos = nl + 1;
            }
            if (header) {
                throw new LogFormatException(file, 0, "empty file: no CSV header");
            }
        }
        return b.build();
    }

    /** Handles one line [from, to) (without the newline); returns whether the header is still to come. */
    private boolean handle(byte[] buf, int from, int to, boolean header, ArrivalLog.Builder b)
            throws LogFormatException {
        line++;
        if (to > from && buf[to - 1] == '\r') {
            to--;
        }
        if (blank(buf, from, to)) {
            return header;
        }
        if (header) {
            readHeader(new String(buf, from, to - from, StandardCharsets.UTF_8));
            return false;
        }
        if (!fast(buf, from, to, b)) {
            slow(new String(buf, from, to - from, StandardCharsets.UTF_8), b);
        }
        return false;
    }

    private void readHeader(String h) throws LogFormatException {
        if (h.charAt(0) == '\uFEFF') {
            h = h.substring(1);
        }
        try {
            splitter.split(h);
        } catch (IllegalArgumentException e) {
            throw new LogFormatException(file, line, "bad CSV header: " + e.getMessage());
        }
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < splitter.count(); i++) {
            byName.putIfAbsent(splitter.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        for (int w = 0; w < NAMES.length; w++) {
            Integer idx = byName.get(NAMES[w]);
            if (idx == null && (w == TIMESTAMP || w == KEY || w == STATUS)) {
                throw new LogFormatException(file, line, "CSV header lacks the required column '" + NAMES[w]
                        + "' (found: " + h + ")");
            }
            col[w] = idx == null ? -1 : idx;
            maxCol = Math.max(maxCol, col[w]);
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

package dev.ateraharness.stats;


import dev.ateraharness.evidence.ArrivalLogFormat;
import dev.ateraharness.evidence.ArrivalSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An arrival log held column-wise (primitive arrays) so a million rows cost a few tens of megabytes.
 *
 * <p>Guarantees: rows are sorted by arrival time (stable: equal times keep file order); {@link #timesOf(int)}
 * gives each key's sorted times. Immutable once built. It does not deduplicate rows or check that statuses are
 * valid HTTP codes.
 */
public final class ArrivalLog {

    private final long[] times;
    private final int[] keyIndex;
    private final String[] keys;
    private final String[] methods;
    private final String[] paths;
    private final int[] status;
    private final double[] retryAfter;
    private final long[][] timesByKey;

    private ArrivalLog(long[] times, int[] keyIndex, String[] keys, String[] methods, String[] paths, int[] status,
                       double[] retryAfter) {
        this.times = times;
        this.keyIndex = keyIndex;
        this.keys = keys;
        this.methods = methods;
        this.paths = paths;
        this.status = status;
        this.retryAfter = retryAfter;
        int[] counts = new int[keys.length];
        for (int k : keyIndex) {
            counts[k]++;
        }
        timesByKey = new long[keys.length][];
        for (int k = 0; k < keys.length; k++) {
            timesByKey[k] = new long[counts[k]];
        }
        int[] fill = new int[keys.length];
        for (int i = 0; i < times.length; i++) {
            int k = keyIndex[i];
            timesByKey[k][fill[k]++] = times[i];
        }
    }

    /** A log of these arrivals (any order). */
    public static ArrivalLog of(List<Arrival> arrivals) {
        Builder b = new Builder(arrivals.size());
        for (Arrival a : arrivals) {
            b.add(a.timeNanos(), a.key(), a.method(), a.path(), a.status(), a.retryAfterSeconds());
        }
        return b.build();
    }

    /**
     * Reads an arrival log file (CSV or JSON lines: {@link ArrivalLogFormat}); fails with a
     * {@link dev.ateraharness.evidence.LogFormatException} naming the file and line on any unreadable row.
     */
    public static ArrivalLog read(Path file) throws IOException {
        return read(file, Set.of());
    }

    /** As {@link #read(Path)}, leaving out the rows of these keys (warm-up keys, say). */
    public static ArrivalLog read(Path file, Set<String> leaveOut) throws IOException {
        long size = Files.isRegularFile(file) ? Files.size(file) : 0;
        Builder b = new Builder((int) Math.min(Integer.MAX_VALUE - 8, size / 60 + 16));
        ArrivalSink sink = leaveOut.isEmpty() ? b : new ArrivalSink() {
            @Override
            public void arrival(long t, String key, String method, String path, int status, double ra) {
                if (!leaveOut.contains(key)) {
                    b.add(t, key, method, path, status, ra);
                }
            }

            @Override
            public void clear() {
                b.clear();
            }
        };
        ArrivalLogFormat.read(file, sink);
        return b.build();
    }

    public int size() {
        return times.length;
    }

    public long timeNanos(int i) {
        return times[i];
    }

    public String key(int i) {
        return keys[keyIndex[i]];
    }

    /** Index of row i's key in {@link #keys()}. */
    public int keyIndex(int i) {
        return keyIndex[i];
    }

    public String method(int i) {
        return methods[i];
    }

    public String path(int i) {
        return paths[i];
    }

    public int status(int i) {
        return status[i];
    }

    /** Retry-After seconds of row i, NaN when none. */
    public double retryAfterSeconds(int i) {
        return retryAfter[i];
    }

    /** Distinct keys in order of first appearance in time. */
    public List<String> keys() {
        return Collections.unmodifiableList(Arrays.asList(keys));
    }

    /** Sorted arrival times of key {@code k} (index into {@link #keys()}); do not modify. */
    public long[] timesOf(int k) {
        return timesByKey[k];
    }

    public Arrival get(int i) {
        return new Arrival(times[i], key(i), methods[i], paths[i], status[i], retryAfter[i]);
    }

    public List<Arrival> toList() {
        List<Arrival> out = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            out.add(get(i));
        }
        return out;
    }

    /** Appends rows in any order; {@link #build()} sorts them. Strings are interned per log to save memory. */
    public static final class Builder implements ArrivalSink {
        private long[] times;
        private int[] keyIdx;
        private String[] methods;
        private String[] paths;
        private int[] status;
        private double[] retryAfter;
        private int n;
        private final Map<String, Integer> keyIds = new HashMap<>();
        private final List<String> keyNames = new ArrayList<>();
        private final Map<String, String> strings = new HashMap<>();

        public Builder(int expected) {
            int cap = Math.max(16, expected);
            times = new long[cap];
            keyIdx = new int[cap];
            methods = new String[cap];
            paths = new String[cap];
            status = new int[cap];
            retryAfter = new double[cap];
        }

        public Builder add(long timeNanos, String key, String method, String path, int st, double retryAfterS) {
            if (n == times.length) {
                int cap = n * 2;
                times = Arrays.copyOf(times, cap);
                keyIdx = Arrays.copyOf(keyIdx, cap);
                methods = Arrays.copyOf(methods, cap);
                paths = Arrays.copyOf(paths, cap);
                status = Arrays.copyOf(status, cap);
                retryAfter = Arrays.copyOf(retryAfter, cap);
            }
            Integer id = keyIds.get(key);
            if (id == null) {
                id = keyNames.size();
                keyIds.put(key, id);
                keyNames.add(key);
            }
            times[n] = timeNanos;
            keyIdx[n] = id;
            methods[n] = intern(method);
            paths[n] = intern(path);
            status[n] = st;
            retryAfter[n] = retryAfterS;
            n++;
            return this;
        }

        @Override
        public void arrival(long timeNanos, String key, String method, String path, int st, double retryAfterS) {
            add(timeNanos, key, method, path, st, retryAfterS);
        }

        @Override
        public void clear() {
            n = 0;
            keyIds.clear();
            keyNames.clear();
            strings.clear();
        }

        private String intern(String s) {
            if (s == null) {
                return "";
            }
            String prev = strings.putIfAbsent(s, s);
            return prev == null ? s : prev;
        }

        public ArrivalLog build() {
            boolean sorted = true;
            for (int i = 1; i < n && sorted; i++) {
                sorted = times[i - 1] <= times[i];
            }
            long[] t = Arrays.copyOf(times, n);
            int[] k = Arrays.copyOf(keyIdx, n);
            String[] m = Arrays.copyOf(methods, n);
            String[] p = Arrays.copyOf(paths, n);
            int[] s = Arrays.copyOf(status, n);
            double[] r = Arrays.copyOf(retryAfter, n);
            if (!sorted) {
                Integer[] order = new Integer[n];
                for (int i = 0; i < n; i++) {
                    order[i] = i;
                }
                // stable sort keeps file order for equal timestamps
                Arrays.sort(order, (a, b) -> Long.compare(times[a], times[b]));
                for (int i = 0; i < n; i++) {
                    int o = order[i];
                    t[i] = times[o];
                    k[i] = keyIdx[o];
                    m[i] = methods[o];
                    p[i] = paths[o];
                    s[i] = status[o];
                    r[i] = retryAfter[o];
                }
            }
            // renumber keys by first appearance in time so reports list them in a stable order
            int[] remap = new int[keyNames.size()];
            Arrays.fill(remap, -1);
            List<String> ordered = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (remap[k[i]] < 0) {
                    remap[k[i]] = ordered.size();
                    ordered.add(keyNames.get(k[i]));
                }
                k[i] = remap[k[i]];
            }
            return new ArrivalLog(t, k, ordered.toArray(new String[0]), m, p, s, r);
        }
    }
}

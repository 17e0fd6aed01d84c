package dev.ateraharness.stub;

import dev.ateraharness.evidence.ArrivalLogFormat;
import dev.ateraharness.evidence.ArrivalRowWriter;
import dev.ateraharness.evidence.LogFormat;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The stub's own record of every request it received (WireMock's journal is off): arrival time, key
 * fingerprint, method, path, status, Retry-After.
 *
 * <p>Guarantees: thread-safe appends in arrival order of the append calls; compact (columnar primitive arrays
 * in growable chunks, strings interned: about 26 bytes per row plus distinct paths); exports through
 * {@link ArrivalLogFormat} (CSV or JSON lines), the format the checks read. It never holds an API key, only fingerprints. It does not
 * bound its size: {@link #reset()} between runs.
 */
public final class ArrivalRecorder {

    /** The CSV header, exactly as the checks expect it. */
    public static final String CSV_HEADER = ArrivalLogFormat.CSV_HEADER;

    private static final int CHUNK = 1 << 16;

    private static final class Chunk {
        final long[] micros = new long[CHUNK];
        final int[] key = new int[CHUNK];
        final int[] path = new int[CHUNK];
        final int[] method = new int[CHUNK];
        final short[] status = new short[CHUNK];
        final int[] retryAfter = new int[CHUNK];
    }

    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private final List<String> strings = new ArrayList<>();
    private final List<Chunk> chunks = new ArrayList<>();
    private int size;

    /** Appends one arrival. {@code retryAfterSeconds} -1 means none was sent. */
    public void append(long epochMicros, String keyFingerprint, String method, String path, int status,
                       int retryAfterSeconds) {
        int k = intern(keyFingerprint == null ? "-" : keyFingerprint);
        int p = intern(path);
        int m = intern(method);
        synchronized (this) {
            int i = size & (CHUNK - 1);
            if (i == 0 && (size >>> 16) == chunks.size()) {
                chunks.add(new Chunk());
            }
            Chunk c = chunks.get(size >>> 16);
            c.micros[i] = epochMicros;
            c.key[i] = k;
            c.path[i] = p;
            c.method[i] = m;
            c.status[i] = (short) status;
            c.retryAfter[i] = retryAfterSeconds;
            size++;
        }
    }

    private int intern(String s) {
        Integer id = ids.get(s);
        if (id != null) {
            return id;
        }
        synchronized (strings) {
            return ids.computeIfAbsent(s, x -> {
                strings.add(x);
                return strings.size() - 1;
            });
        }
    }

    private String string(int id) {
        synchronized (strings) {
            return strings.get(id);
        }
    }

    /** Rows so far. */
    public synchronized int size() {
        return size;
    }

    /** Drops every row (interned strings are kept: they are few). */
    public synchronized void reset() {
        chunks.clear();
        size = 0;
    }

    /** A copy of the rows so far, in append order. */
    public List<ArrivalRecord> snapshot() {
        List<ArrivalRecord> out = new ArrayList<>();
        forEach(out::add);
        return out;
    }

    /** Visits the rows present when called, in append order (rows appended meanwhile are not visited). */
    public void forEach(Consumer<ArrivalRecord> visitor) {
        Iterator<ArrivalRecord> it = iterator();
        while (it.hasNext()) {
            visitor.accept(it.next());
        }
    }

    /** Iterates over the rows present when called. */
    public Iterator<ArrivalRecord> iterator() {
        final int n;
        final List<Chunk> cs;
        synchronized (this) {
            n = size;
            cs = new ArrayList<>(chunks);
        }
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public ArrivalRecord next() {
                if (i >= n) {
                    throw new NoSuchElementException();
                }
                Chunk c = cs.get(i >>> 16);
                int j = i & (CHUNK - 1);
                i++;
                return new ArrivalRecord(c.micros[j], string(c.key[j]), string(c.method[j]), string(c.path[j]),
                        c.status[j], c.retryAfter[j]);
            }
        };
    }

    /** Writes the CSV (header {@link #CSV_HEADER}). */
    public void writeCsv(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeCsv(w);
        }
    }

    /** Writes the CSV to a writer (flushed, not closed). */
    public void writeCsv(Writer w) throws IOException {
        write(w, LogFormat.CSV);
    }

    /** Writes JSON lines with the CSV's field names ({@code retry_after_s} null when none). */
    public void writeJsonLines(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeJsonLines(w);
        }
    }

    /** Writes JSON lines to a writer (flushed, not closed). */
    public void writeJsonLines(Writer w) throws IOException {
        write(w, LogFormat.JSON_LINES);
    }

    private void write(Writer w, LogFormat format) throws IOException {
        Writer unclosed = new java.io.FilterWriter(w) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
        try (ArrivalRowWriter rows = ArrivalLogFormat.writer(unclosed, format)) {
            Iterator<ArrivalRecord> it = iterator();
            while (it.hasNext()) {
                ArrivalRecord r = it.next();
                rows.write(r.epochMicros(), r.key(), r.method(), r.path(), r.status(), r.retryAfterSeconds());
            }
        }
    }
}

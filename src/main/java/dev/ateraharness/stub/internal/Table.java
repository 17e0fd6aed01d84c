package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * The rows of one entity, generated on first access (so starting the stub costs nothing), ordered by id.
 * Mutations bump {@link #version()}, which invalidates cached pages. An ids-only table (the planner's light data)
 * stores nothing: row i is {@code {"<idField>":i}}, built when a page asks for it, and it refuses writes.
 */
final class Table {

    final String name;
    final String idField;
    private final int initialSize;
    private final LongFunction<ObjectNode> generator;
    private final ToLongFunction<ObjectNode> modified;
    private final java.util.function.LongUnaryOperator parentOf;
    private final ConcurrentSkipListMap<Long, Row> rows = new ConcurrentSkipListMap<>();
    private volatile boolean ready;
    private volatile long version;
    private volatile List<Row> snapshot;
    private long nextId;
    private final byte[] idPrefix;

    Table(String name, String idField, int initialSize, LongFunction<ObjectNode> generator,
          ToLongFunction<ObjectNode> modified, java.util.function.LongUnaryOperator parentOf) {
        this(name, idField, initialSize, generator, modified, parentOf, false);
    }

    Table(String name, String idField, int initialSize, LongFunction<ObjectNode> generator,
          ToLongFunction<ObjectNode> modified, java.util.function.LongUnaryOperator parentOf, boolean idsOnly) {
        this.idPrefix = idsOnly ? ("{\"" + (idField == null ? "Id" : idField) + "\":")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII) : null;
        this.parentOf = parentOf;
        this.name = name;
        this.idField = idField;
        this.initialSize = initialSize;
        this.generator = generator;
        this.modified = modified;
    }

    private void ensure() {
        if (!ready) {
            synchronized (this) {
                if (!ready) {
                    for (long id = 1; id <= initialSize; id++) {
                        ObjectNode n = generator.apply(id);
                        rows.put(id, new Row(id, n, modified.applyAsLong(n), parentOf.applyAsLong(id)));
                    }
                    nextId = initialSize + 1L;
                    ready = true;
                }
            }
        }
    }

    /** Whether rows are ids only (built on access, never stored). */
    boolean idsOnly() {
        return idPrefix != null;
    }

    long version() {
        return version;
    }

    /** All rows in id order (a cached immutable list per version). */
    List<Row> all() {
        if (idPrefix != null) {
            return new IdRows();
        }
        ensure();
        List<Row> s = snapshot;
        if (s == null) {
            synchronized (this) {
                s = snapshot;
                if (s == null) {
                    s = List.copyOf(new ArrayList<>(rows.values()));
                    snapshot = s;
                }
            }
        }
        return s;
    }

    Row get(long id) {
        if (idPrefix != null) {
            return id >= 1 && id <= initialSize ? idRow(id) : null;
        }
        ensure();
        return rows.get(id);
    }

    synchronized long insert(java.util.function.LongFunction<ObjectNode> build, long nowEpochS, long parent) {
        writable();
        ensure();
        long id = nextId++;
        rows.put(id, new Row(id, build.apply(id), nowEpochS, parent));
        changed();
        return id;
    }

    synchronized boolean replace(long id, ObjectNode node, long nowEpochS) {
        writable();
        ensure();
        Row old = rows.get(id);
        if (old == null) {
            return false;
        }
        rows.put(id, new Row(id, node, nowEpochS, old.parent));
        changed();
        return true;
    }

    synchronized boolean delete(long id) {
        writable();
        ensure();
        boolean removed = rows.remove(id) != null;
        if (removed) {
            changed();
        }
        return removed;
    }

    private void changed() {
        snapshot = null;
        version++;
    }

    private void writable() {
        if (idPrefix != null) {
            throw new UnsupportedOperationException("ids-only data is read-only");
        }
    }

    private Row idRow(long id) {
        byte[] digits = Long.toString(id).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] json = java.util.Arrays.copyOf(idPrefix, idPrefix.length + digits.length + 1);
        System.arraycopy(digits, 0, json, idPrefix.length, digits.length);
        json[json.length - 1] = '}';
        return new Row(id, json);
    }

    /** Rows 1..N of an ids-only table, built on access. */
    private final class IdRows extends java.util.AbstractList<Row> implements java.util.RandomAccess {
        @Override
        public Row get(int index) {
            return idRow(index + 1L);
        }

        @Override
        public int size() {
            return initialSize;
        }
    }
}

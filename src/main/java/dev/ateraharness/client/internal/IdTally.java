package dev.ateraharness.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts repeated ids over a sync, where items carry one: a record's first component named {@code ...id}
 * ({@code TicketID}), a JSON object's or map's first such field. Offset paging over data that changes during a
 * sync can repeat or skip items; the repeats show here, and the missing ones as {@code total - distinct}.
 * Memory: one entry per distinct id (bounded by the entity's size). Not thread-safe.
 */
public final class IdTally {

    private static final Map<Class<?>, RecordComponent> ID_COMPONENTS = new ConcurrentHashMap<>();
    private final Set<Object> seen = new HashSet<>();
    private long withId;
    private long withoutId;
    private long duplicates;

    /** Adds a page's items. */
    public void addAll(List<?> items) {
        for (Object item : items) {
            Object id = idOf(item);
            if (id == null) {
                withoutId++;
            } else {
                withId++;
                if (!seen.add(id)) {
                    duplicates++;
                }
            }
        }
    }

    /** Whether every item seen so far had an id (and there was at least one). */
    public boolean hasIds() {
        return withId > 0 && withoutId == 0;
    }

    /** Items whose id was seen before; -1 when items have no ids. */
    public long duplicates() {
        return hasIds() ? duplicates : -1;
    }

    /** {@code total - distinct ids}, at least 0; -1 when items have no ids or the total is unknown. */
    public long missing(long total) {
        return hasIds() && total >= 0 ? Math.max(0, total - seen.size()) : -1;
    }

    /** The item's id, or null if it has none. */
    static Object idOf(Object item) {
        if (item == null) {
            return null;
        }
        if (item instanceof JsonNode n) {
            Iterator<Map.Entry<String, JsonNode>> fields = n.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (isIdName(f.getKey())) {
                    JsonNode v = f.getValue();
                    return v == null || v.isNull() ? null : v.isNumber() ? (Object) v.asLong() : v.asText();
                }
            }
            return null;
        }
        if (item instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getKey() instanceof String k && isIdName(k)) {
                    return e.getValue();
                }
            }
            return null;
        }
        Class<?> c = item.getClass();
        if (!c.isRecord()) {
            return null;
        }
        RecordComponent rc = ID_COMPONENTS.computeIfAbsent(c, IdTally::idComponent);
        if (rc == NONE_MARKER) {
            return null;
        }
        try {
            return rc.getAccessor().invoke(item);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static final RecordComponent NONE_MARKER = Marker.class.getRecordComponents()[0];

    private record Marker(int none) {
    }

    private static RecordComponent idComponent(Class<?> c) {
        for (RecordComponent rc : c.getRecordComponents()) {
            if (isIdName(rc.getName())) {
                try {
                    rc.getAccessor().setAccessible(true);
                } catch (RuntimeException notOpen) {
                    // a public accessor still works; a private one then reads as "no id"
                }
                return rc;
            }
        }
        return NONE_MARKER;
    }

    private static boolean isIdName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith("id");
    }
}

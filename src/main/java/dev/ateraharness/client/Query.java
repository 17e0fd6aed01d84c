package dev.ateraharness.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Path parameters and query filters for one call, immutable: each {@code with...} returns a new query. Values
 * are sent as their {@code toString()} ({@code LocalDate} gives {@code yyyy-MM-dd}, booleans {@code true}).
 * {@code page} and {@code itemsInPage} are not filters: the pager owns them.
 */
public final class Query {

    private static final Query NONE = new Query(Map.of(), Map.of());

    private final Map<String, String> pathParams;
    private final Map<String, String> filters;

    private Query(Map<String, String> pathParams, Map<String, String> filters) {
        this.pathParams = pathParams;
        this.filters = filters;
    }

    /** No parameters. */
    public static Query none() {
        return NONE;
    }

    /** A path parameter, e.g. {@code withPath("ticketId", 42)}. */
    public Query withPath(String name, Object value) {
        return new Query(plus(pathParams, name, value), filters);
    }

    /** A query filter, e.g. {@code with("ticketStatus", "Open")}; a null value removes the filter. */
    public Query with(String name, Object value) {
        if ("page".equalsIgnoreCase(name) || "itemsInPage".equalsIgnoreCase(name)) {
            throw new IllegalArgumentException(name + " is set by the pager, not by a filter");
        }
        if (value == null) {
            Map<String, String> m = new LinkedHashMap<>(filters);
            m.remove(name);
            return new Query(pathParams, Collections.unmodifiableMap(m));
        }
        return new Query(pathParams, plus(filters, name, value));
    }

    public Map<String, String> pathParams() {
        return pathParams;
    }

    public Map<String, String> filters() {
        return filters;
    }

    private static Map<String, String> plus(Map<String, String> m, String name, Object value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, name);
        Map<String, String> copy = new LinkedHashMap<>(m);
        copy.put(name, value.toString());
        return Collections.unmodifiableMap(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Query q && q.pathParams.equals(pathParams) && q.filters.equals(filters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pathParams, filters);
    }

    @Override
    public String toString() {
        return "Query[path=" + pathParams + ", filters=" + filters + "]";
    }
}

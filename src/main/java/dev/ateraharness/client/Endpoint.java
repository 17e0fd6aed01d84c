package dev.ateraharness.client;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Describes one paged GET operation of the Atera API, so that "sync entity X" is generic: the CLI, the
 * simulations and the planner look endpoints up by name in {@link Endpoints}.
 *
 * @param name         a stable short name, e.g. {@code tickets}, {@code rates-products}
 * @param operation    the operation name used in logs and RequestTags, e.g. {@code listTickets}
 * @param pathTemplate the path under the base URL, with {@code {param}} placeholders
 * @param itemType     the record each item decodes to
 * @param pathParams   the placeholders of {@code pathTemplate}, in order (empty for top-level lists)
 * @param filters      the query parameters the operation accepts besides {@code page} and {@code itemsInPage}
 */
public record Endpoint<T>(String name, String operation, String pathTemplate, Class<T> itemType,
                          List<String> pathParams, Set<String> filters) {

    public Endpoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        Objects.requireNonNull(itemType, "itemType");
        pathParams = List.copyOf(pathParams);
        filters = Set.copyOf(filters);
    }

    /** Whether the path needs a parent id (e.g. a ticket's comments), so it cannot be synced on its own. */
    public boolean needsParent() {
        return !pathParams.isEmpty();
    }

    /** Throws {@link IllegalArgumentException} if {@code query} names a filter or path parameter this
     *  operation does not have, or lacks a path parameter. */
    public void check(Query query) {
        for (String k : query.filters().keySet()) {
            if (!filters.contains(k)) {
                throw new IllegalArgumentException(name + " has no filter '" + k + "' (allowed: " + filters + ")");
            }
        }
        for (String k : query.pathParams().keySet()) {
            if (!pathParams.contains(k)) {
                throw new IllegalArgumentException(name + " has no path parameter '" + k + "'");
            }
        }
        for (String p : pathParams) {
            if (!query.pathParams().containsKey(p)) {
                throw new IllegalArgumentException(name + " needs path parameter '" + p + "'");
            }
        }
    }

    @Override
    public String toString() {
        return name + " (GET " + pathTemplate + ")";
    }
}

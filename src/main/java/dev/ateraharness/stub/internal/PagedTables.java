package dev.ateraharness.stub.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which data set each unfiltered paged GET of {@link ReadRoutes} lists, by route template: what a planner needs
 * to size the model's data for a sync of that route (with ids-only items, which no filter removes). Routes that
 * need a parent id are not here.
 */
public final class PagedTables {

    private static final Map<String, String> BY_TEMPLATE = Map.ofEntries(
            Map.entry("/agents", "agents"),
            Map.entry("/alerts", "alerts"),
            Map.entry("/billing/invoices", "invoices"),
            Map.entry("/contacts", "contacts"),
            Map.entry("/contracts", "contracts"),
            Map.entry("/customers", "customers"),
            Map.entry("/departments", "departments"),
            Map.entry("/devices/genericdevices", "genericdevices"),
            Map.entry("/devices/tcpdevices", "tcpdevices"),
            Map.entry("/devices/httpdevices", "httpdevices"),
            Map.entry("/devices/snmpdevices", "snmpdevices"),
            Map.entry("/knowledgebases", "knowledgebases"),
            Map.entry("/rates/products", "products"),
            Map.entry("/rates/expenses", "expenses"),
            Map.entry("/tickets", "tickets"),
            Map.entry("/tickets/nocomments", "tickets"),
            Map.entry("/tickets/statusmodified", "tickets"),
            Map.entry("/tickets/lastmodified", "tickets"),
            Map.entry("/workhours", "workhours"));

    private PagedTables() {
    }

    /** The data-set name listed at {@code template} (case-insensitive), if it is an unfiltered paged route. */
    public static Optional<String> at(String template) {
        return Optional.ofNullable(template == null ? null : BY_TEMPLATE.get(template.toLowerCase(Locale.ROOT)));
    }
}

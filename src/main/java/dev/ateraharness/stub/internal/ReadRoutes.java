package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/** The 24 paged GETs of Atera's document with their filters, and the single-item GETs (404 when absent). */
final class ReadRoutes {

    private ReadRoutes() {
    }

    static void register(List<Route> r) {
        r.add(Route.of("GET", "/agents", c -> list(c, "agents", null, null)));
        r.add(Route.of("GET", "/agents/customer/{customerId}", c -> {
            long cust = c.id(0);
            return list(c, "agents", n -> n.path("CustomerID").asLong() == cust, null);
        }));
        r.add(Route.of("GET", "/agents/machine/{machineName}", c -> {
            String m = c.params()[0];
            return list(c, "agents", n -> n.path("MachineName").asText().equalsIgnoreCase(m), null);
        }));
        r.add(Route.of("GET", "/alerts", c -> list(c, "alerts", QueryFilters.alertStatus(c.query().get("alertStatus")), null)));
        r.add(Route.of("GET", "/billing/invoices", c -> list(c, "invoices",
                QueryFilters.dateRange(c, "invoiceDateFrom", "invoiceDateTo", "InvoiceDate"), null)));
        r.add(Route.of("GET", "/contacts", c -> sortedList(c, "contacts", QueryFilters.contactFilter(c))));
        r.add(Route.of("GET", "/contracts", c -> list(c, "contracts", null, null)));
        r.add(Route.of("GET", "/contracts/customer/{customerId}", c -> {
            long cust = c.id(0);
            return list(c, "contracts", n -> n.path("CustomerID").asLong() == cust, null);
        }));
        r.add(Route.of("GET", "/customers", c -> sortedList(c, "customers", QueryFilters.fromLastModified(c))));
        r.add(Route.of("GET", "/departments", c -> list(c, "departments", null, null)));
        for (String d : new String[] {"generic", "tcp", "http", "snmp"}) {
            r.add(Route.of("GET", "/devices/" + d + "devices", c -> list(c, d + "devices", QueryFilters.deviceFilter(c), null)));
            r.add(Route.of("GET", "/devices/" + d + "device/{deviceId}", c -> single(c, d + "devices", null)));
        }
        r.add(Route.of("GET", "/knowledgebases", c -> list(c, "knowledgebases", null, null)));
        r.add(Route.of("GET", "/rates/products", c -> list(c, "products", null, null)));
        r.add(Route.of("GET", "/rates/expenses", c -> list(c, "expenses", null, null)));
        r.add(Route.of("GET", "/tickets", c -> list(c, "tickets", QueryFilters.ticketFilter(c), ticketShape(c))));
        r.add(Route.of("GET", "/tickets/noComments", c -> list(c, "tickets", QueryFilters.ticketFilter(c), ticketShape(c))));
        r.add(Route.of("GET", "/tickets/statusmodified", c -> {
            QueryFilters.bool(c, "includeComments");
            return list(c, "tickets", n -> {
                String s = n.path("TicketStatus").asText();
                return s.equals("Resolved") || s.equals("Closed");
            }, ticketShape(c));
        }));
        r.add(Route.of("GET", "/tickets/lastmodified", c -> {
            QueryFilters.bool(c, "includeComments");
            String d = c.query().get("date");
            long since = d == null || d.isBlank() ? LocalDate.ofEpochDay(Math.floorDiv(c.nowEpochS(), 86_400L))
                    .atStartOfDay().toEpochSecond(ZoneOffset.UTC) : QueryFilters.dateTime(d, "date");
            return listRows(c, "tickets", row -> row.modifiedEpochS >= since, ticketShape(c), null);
        }));
        r.add(Route.of("GET", "/tickets/{ticketId}/comments", c -> children(c, "comments", null)));
        r.add(Route.of("GET", "/tickets/{ticketId}/workhoursrecords", c -> children(c, "workhours",
                row -> row.alt(n -> {
                    n.remove("CustomerID");
                    n.remove("EndUserID");
                    return n;
                }))));
        r.add(Route.of("GET", "/workhours", c -> {
            QueryFilters.bool(c, "includeRates");
            return list(c, "workhours", QueryFilters.dateRange(c, "startWorkhour", "endWorkhour", "StartWorkHour"), null);
        }));

        r.add(Route.of("GET", "/agents/{agentId}", c -> single(c, "agents", null)));
        r.add(Route.of("GET", "/alerts/{alertId}", c -> single(c, "alerts", null)));
        r.add(Route.of("GET", "/billing/invoice/{invoiceNumber}", c -> single(c, "invoices", null)));
        r.add(Route.of("GET", "/contacts/{contactId}", c -> single(c, "contacts", null)));
        r.add(Route.of("GET", "/contracts/{contractId}", c -> single(c, "contracts", null)));
        r.add(Route.of("GET", "/customers/{customerId}", c -> single(c, "customers", null)));
        r.add(Route.of("GET", "/departments/{departmentId}", c -> single(c, "departments", null)));
        r.add(Route.of("GET", "/rates/products/{productId}", c -> single(c, "products", null)));
        r.add(Route.of("GET", "/rates/expenses/{expenseId}", c -> single(c, "expenses", null)));
        r.add(Route.of("GET", "/tickets/{ticketId}", c -> single(c, "tickets", ticketShape(c))));
        r.add(Route.of("GET", "/account", c -> Reply.json(200, "{\"AccountID\":\"acc-0001\",\"Country\":\"Israel\","
                + "\"CompanyName\":\"Example MSP\",\"CreatedOn\":\"2022-03-01T00:00:00Z\",\"State\":\"\","
                + "\"TimeZoneName\":\"UTC\",\"City\":\"Tel Aviv\",\"Address\":\"1 Example St\",\"PostalCode\":\"6100000\","
                + "\"Phone\":\"+972-3-0000000\",\"IsITDepartment\":false,\"Plan\":\"Expert\"}")));
    }

    /** Tickets: relations appear only with includeRelations=true. */
    private static Function<Row, byte[]> ticketShape(Call c) {
        if (!QueryFilters.bool(c, "includeRelations")) {
            // a ticket related through the API stores its relation; without includeRelations it is not shown
            return row -> row.node.has("RelationType") ? Row.bytes(without(row.node)) : row.json;
        }
        return row -> row.alt(n -> {
            if (!n.has("RelationType")) {
                n.put("RelationType", "None");
                n.putNull("RelatedTicketId");
            }
            return n;
        });
    }

    private static ObjectNode without(ObjectNode n) {
        ObjectNode copy = n.deepCopy();
        copy.remove("RelationType");
        copy.remove("RelatedTicketId");
        return copy;
    }

    private static Reply sortedList(Call c, String table, Predicate<ObjectNode> filter) {
        String sort = c.query().get("SortBy");
        Comparator<Row> order = null;
        if (sort != null && !sort.isBlank()) {
            order = switch (sort.toLowerCase(Locale.ROOT)) {
                case "creation" -> Comparator.comparingLong((Row r) -> DataStore.epoch(r.node, "CreatedOn"));
                case "lastmodified" -> Comparator.comparingLong((Row r) -> DataStore.epoch(r.node, "LastModified"));
                default -> throw new BadRequest("The value '" + sort + "' is not valid for SortBy (Creation, LastModified).");
            };
            order = order.thenComparingLong(r -> r.id);
        }
        return listRows(c, table, filter == null ? null : row -> filter.test(row.node), null, order);
    }

    static Reply list(Call c, String table, Predicate<ObjectNode> filter, Function<Row, byte[]> shape) {
        return listRows(c, table, filter == null ? null : row -> filter.test(row.node), shape, null);
    }

    private static Reply children(Call c, String table, Function<Row, byte[]> shape) {
        long ticket = c.id(0);
        if (c.data().table("tickets").get(ticket) == null) {
            return UnknownIds.reply(c, "Ticket " + ticket + " was not found.",
                    () -> listRows(c, table, row -> false, shape, null));
        }
        return listRows(c, table, row -> row.parent == ticket, shape, null);
    }

    /** Pages a (filtered, sorted) table; pages are cached per table version and canonical query. */
    private static Reply listRows(Call c, String tableName, Predicate<Row> filter, Function<Row, byte[]> shape,
                                  Comparator<Row> order) {
        Pager.PageRequest pr = Pager.parse(c.query(), c.settings());
        Table t = c.data().table(tableName);
        // the raw query is part of the key (it also shapes the links); the same query in another order is just
        // another cache entry
        String key = c.path() + '?' + c.query().raw + '#' + t.version() + '#' + pr.page() + '#' + pr.size();
        byte[] page = c.data().cachedPage(key);
        if (t.idsOnly()) {
            // ids-only items carry no fields to filter or sort on: a list route lists its whole data set
            filter = null;
            order = null;
        }
        if (page == null) {
            List<Row> rows = t.all();
            if (filter != null || order != null) {
                List<Row> out = new ArrayList<>();
                for (Row row : rows) {
                    if (filter == null || filter.test(row)) {
                        out.add(row);
                    }
                }
                if (order != null) {
                    out.sort(order);
                }
                rows = out;
            }
            page = Pager.write(c.settings().profile(), c.absolutePath(), c.query(), pr, rows,
                    shape == null ? row -> row.json : shape);
            c.data().cachePage(key, page);
        }
        return Reply.json(200, page);
    }

    static Reply single(Call c, String table, Function<Row, byte[]> shape) {
        long id = c.id(0);
        Row row = c.data().table(table).get(id);
        if (row == null) {
            return Errors.of(c.settings().profile(), 404, table + " item " + id + " was not found.", c.path());
        }
        return Reply.json(200, shape == null ? row.json : shape.apply(row));
    }

    static String iso(long epochS) {
        return Instant.ofEpochSecond(epochS).toString();
    }
}

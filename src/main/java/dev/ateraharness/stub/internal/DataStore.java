package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** All entity tables (lazily generated) and the cache of serialised pages. */
final class DataStore {

    private static final int MAX_CACHED_PAGES = 20_000;
    private static final ObjectNode F_EMPTY = Generators.F.objectNode();

    final Generators gen;
    /** Custom values set through the API (the others are generated on read). */
    final CustomValueRoutes.Store customValues = new CustomValueRoutes.Store();
    private final Map<String, Table> tables = new HashMap<>();
    private final ConcurrentHashMap<String, byte[]> pages = new ConcurrentHashMap<>();
    private volatile boolean stopWarming;
    private final boolean idsOnly;

    DataStore(long seed, Map<String, Integer> sizes) {
        this(seed, sizes, false);
    }

    /** @param idsOnly items hold only their id and are never stored (see {@link Table}); pages are not cached */
    DataStore(long seed, Map<String, Integer> sizes, boolean idsOnly) {
        this.idsOnly = idsOnly;
        this.gen = new Generators(seed, sizes);
        CustomerGenerators crm = new CustomerGenerators(gen);
        ServiceDeskGenerators desk = new ServiceDeskGenerators(gen);
        DeviceGenerators devices = new DeviceGenerators(gen);
        add("customers", "CustomerID", crm::customer, n -> epoch(n, "LastModified"));
        add("contacts", "EndUserID", crm::contact, n -> epoch(n, "LastModified"));
        add("agents", "AgentID", devices::agent, n -> epoch(n, "Modified"));
        add("tickets", "TicketID", desk::ticket, n -> n.hasNonNull("TicketResolvedDate")
                ? epoch(n, "TicketResolvedDate") : epoch(n, "TicketCreatedDate"));
        add("alerts", "AlertID", desk::alert, n -> epoch(n, "Created"));
        add("contracts", "ContractID", crm::contract, n -> epoch(n, "StartDate"));
        add("departments", "Id", crm::department, n -> Generators.BASE_EPOCH_S);
        add("invoices", "InvoiceNumber", crm::invoice, n -> epoch(n, "InvoiceDate"));
        add("knowledgebases", "KBID", desk::knowledgebase, n -> epoch(n, "KBLastModified"));
        add("products", "RateID", id -> crm.rate("products", id), n -> Generators.BASE_EPOCH_S);
        add("expenses", "RateID", id -> crm.rate("expenses", id), n -> Generators.BASE_EPOCH_S);
        for (String d : new String[] {"genericdevices", "tcpdevices", "httpdevices", "snmpdevices"}) {
            add(d, "DeviceID", id -> devices.device(d, id), n -> Generators.BASE_EPOCH_S);
        }
        // written through the API only (no generated rows, no read route): folders and customer attachments
        add("folders", "Id", id -> F_EMPTY, n -> 0);
        add("customerattachments", "Id", id -> F_EMPTY, n -> 0);
        tables.put("comments", new Table("comments", null, gen.size("comments"), desk::comment,
                n -> epoch(n, "Date"), id -> gen.ticketOf(id, "comments"), idsOnly));
        tables.put("workhours", new Table("workhours", "WorkHoursID", gen.size("workhours"), desk::workhour,
                n -> epoch(n, "StartWorkHour"), id -> gen.ticketOf(id, "workhours"), idsOnly));
    }

    private void add(String name, String idField, java.util.function.LongFunction<ObjectNode> g,
                     java.util.function.ToLongFunction<ObjectNode> modified) {
        tables.put(name, new Table(name, idField, gen.size(name), g, modified, id -> 0, idsOnly));
    }

    static long epoch(ObjectNode n, String field) {
        return n.hasNonNull(field) ? Instant.parse(n.get(field).asText()).getEpochSecond() : 0;
    }

    /** Generates every table on a daemon thread, so first requests find data ready (requests wait if not). */
    void warmInBackground() {
        if (idsOnly) {
            return;
        }
        Thread t = new Thread(() -> {
            for (Table table : tables.values()) {
                if (stopWarming) {
                    return;
                }
                table.all();
            }
        }, "atera-stub-data");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Stops background generation after the current table (the stub is closing). */
    void stopWarming() {
        stopWarming = true;
    }

    Table table(String name) {
        Table t = tables.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no table " + name);
        }
        return t;
    }

    byte[] cachedPage(String key) {
        return idsOnly ? null : pages.get(key);
    }

    void cachePage(String key, byte[] page) {
        if (idsOnly) {
            return;
        }
        if (pages.size() >= MAX_CACHED_PAGES) {
            pages.clear();
        }
        pages.put(key, page);
    }

    void clearPages() {
        pages.clear();
    }
}

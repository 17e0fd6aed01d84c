package dev.ateraharness.client;

import dev.ateraharness.client.model.Agent;
import dev.ateraharness.client.model.Alert;
import dev.ateraharness.client.model.Contact;
import dev.ateraharness.client.model.Contract;
import dev.ateraharness.client.model.Customer;
import dev.ateraharness.client.model.Department;
import dev.ateraharness.client.model.GenericDevice;
import dev.ateraharness.client.model.HttpDevice;
import dev.ateraharness.client.model.Invoice;
import dev.ateraharness.client.model.KnowledgeBase;
import dev.ateraharness.client.model.Rate;
import dev.ateraharness.client.model.SnmpDevice;
import dev.ateraharness.client.model.TcpDevice;
import dev.ateraharness.client.model.Ticket;
import dev.ateraharness.client.model.TicketComment;
import dev.ateraharness.client.model.TicketWorkHours;
import dev.ateraharness.client.model.WorkHoursRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The 24 paged GET operations of Atera's OpenAPI document, by name. Guarantees: names are stable (CLI and
 * summaries use them); {@link #syncable()} lists exactly those that need no parent id.
 */
public final class Endpoints {

    private static final Set<String> TICKET_FILTERS = Set.of("customerId", "ticketStatus", "includeRelations");
    private static final Set<String> DEVICE_FILTERS = Set.of("customerId", "monitoringAgentId");
    private static final Map<String, Endpoint<?>> BY_NAME = new LinkedHashMap<>();

    public static final Endpoint<Ticket> TICKETS = add("tickets", "listTickets", "/tickets", Ticket.class,
            TICKET_FILTERS);
    public static final Endpoint<Ticket> TICKETS_NO_COMMENTS = add("tickets-nocomments", "listTicketsNoComments",
            "/tickets/noComments", Ticket.class, TICKET_FILTERS);
    public static final Endpoint<Ticket> TICKETS_STATUS_MODIFIED = add("tickets-statusmodified",
            "listTicketsStatusModified", "/tickets/statusmodified", Ticket.class,
            Set.of("includeComments", "includeRelations"));
    public static final Endpoint<Ticket> TICKETS_LAST_MODIFIED = add("tickets-lastmodified",
            "listTicketsLastModified", "/tickets/lastmodified", Ticket.class,
            Set.of("date", "includeComments", "includeRelations"));
    public static final Endpoint<TicketComment> TICKET_COMMENTS = add("ticket-comments", "listTicketComments",
            "/tickets/{ticketId}/comments", TicketComment.class, Set.of());
    public static final Endpoint<TicketWorkHours> TICKET_WORKHOURS = add("ticket-workhours",
            "listTicketWorkHoursRecords", "/tickets/{ticketId}/workhoursrecords", TicketWorkHours.class, Set.of());
    public static final Endpoint<WorkHoursRecord> WORKHOURS = add("workhours", "listWorkHours", "/workhours",
            WorkHoursRecord.class, Set.of("startWorkhour", "endWorkhour", "includeRates"));
    public static final Endpoint<Agent> AGENTS = add("agents", "listAgents", "/agents", Agent.class, Set.of());
    public static final Endpoint<Agent> AGENTS_BY_CUSTOMER = add("agents-by-customer", "listAgentsByCustomer",
            "/agents/customer/{customerId}", Agent.class, Set.of());
    public static final Endpoint<Agent> AGENTS_BY_MACHINE = add("agents-by-machine", "listAgentsByMachine",
            "/agents/machine/{machineName}", Agent.class, Set.of());
    public static final Endpoint<Alert> ALERTS = add("alerts", "listAlerts", "/alerts", Alert.class,
            Set.of("alertStatus"));
    public static final Endpoint<Invoice> INVOICES = add("invoices", "listInvoices", "/billing/invoices",
            Invoice.class, Set.of("invoiceDateFrom", "invoiceDateTo"));
    public static final Endpoint<Contact> CONTACTS = add("contacts", "listContacts", "/contacts", Contact.class,
            Set.of("Email", "Phone", "FromLastModifiedDate", "SortBy"));
    public static final Endpoint<Contract> CONTRACTS = add("contracts", "listContracts", "/contracts",
            Contract.class, Set.of());
    public static final Endpoint<Contract> CONTRACTS_BY_CUSTOMER = add("contracts-by-customer",
            "listContractsByCustomer", "/contracts/customer/{customerId}", Contract.class, Set.of());
    public static final Endpoint<Customer> CUSTOMERS = add("customers", "listCustomers", "/customers",
            Customer.class, Set.of("FromLastModifiedDate", "SortBy"));
    public static final Endpoint<Department> DEPARTMENTS = add("departments", "listDepartments", "/departments",
            Department.class, Set.of());
    public static final Endpoint<GenericDevice> GENERIC_DEVICES = add("generic-devices", "listGenericDevices",
            "/devices/genericdevices", GenericDevice.class, DEVICE_FILTERS);
    public static final Endpoint<TcpDevice> TCP_DEVICES = add("tcp-devices", "listTcpDevices",
            "/devices/tcpdevices", TcpDevice.class, DEVICE_FILTERS);
    public static final Endpoint<HttpDevice> HTTP_DEVICES = add("http-devices", "listHttpDevices",
            "/devices/httpdevices", HttpDevice.class, DEVICE_FILTERS);
    public static final Endpoint<SnmpDevice> SNMP_DEVICES = add("snmp-devices", "listSnmpDevices",
            "/devices/snmpdevices", SnmpDevice.class, DEVICE_FILTERS);
    public static final Endpoint<KnowledgeBase> KNOWLEDGE_BASES = add("knowledgebases", "listKnowledgeBases",
            "/knowledgebases", KnowledgeBase.class, Set.of());
    public static final Endpoint<Rate> RATES_PRODUCTS = add("rates-products", "listProductRates",
            "/rates/products", Rate.class, Set.of());
    public static final Endpoint<Rate> RATES_EXPENSES = add("rates-expenses", "listExpenseRates",
            "/rates/expenses", Rate.class, Set.of());

    private Endpoints() {
    }

    private static <T> Endpoint<T> add(String name, String op, String path, Class<T> type, Set<String> filters) {
        List<String> params = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        while (m.find()) {
            params.add(m.group(1));
        }
        Endpoint<T> e = new Endpoint<>(name, op, path, type, params, filters);
        BY_NAME.put(name, e);
        return e;
    }

    /** Every paged operation, in a stable order. */
    public static List<Endpoint<?>> all() {
        return List.copyOf(BY_NAME.values());
    }

    /** The paged operations that need no parent id: what {@code sync --entity all} reads. */
    public static List<Endpoint<?>> syncable() {
        return BY_NAME.values().stream().filter(e -> !e.needsParent()).toList();
    }

    /** The endpoint of that name (case-insensitive), if any. */
    public static Optional<Endpoint<?>> byName(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name.trim().toLowerCase(Locale.ROOT)));
    }

    /**
     * Parses {@code tickets,agents} or {@code all} into endpoints (duplicates dropped).
     *
     * @throws IllegalArgumentException naming the unknown entity and the valid names
     */
    public static List<Endpoint<?>> parseList(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("no entity given; valid: all, " + names());
        }
        if (spec.trim().equalsIgnoreCase("all")) {
            return syncable();
        }
        Map<String, Endpoint<?>> out = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            Endpoint<?> e = byName(part).orElseThrow(() -> new IllegalArgumentException(
                    "unknown entity '" + part.trim() + "'; valid: all, " + names()));
            out.put(e.name(), e);
        }
        return Collections.unmodifiableList(new ArrayList<>(out.values()));
    }

    private static String names() {
        return String.join(", ", BY_NAME.keySet());
    }
}

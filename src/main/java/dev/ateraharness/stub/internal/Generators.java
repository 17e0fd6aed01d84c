package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Deterministic items per entity: item i of an entity depends only on (seed, entity, i), so any item can be
 * generated alone and sizes change nothing else. Values follow Atera's OpenAPI schemas (enums from the document,
 * date-times with {@code Z}, no properties the schemas do not declare).
 */
final class Generators {

    static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** 2026-06-01T00:00:00Z: generated dates fall in the two years before it. */
    static final long BASE_EPOCH_S = 1_780_272_000L;
    static final String[] PRIORITY = {"Low", "Medium", "High", "Critical"};
    static final String[] IMPACT = {"NoImpact", "SiteDown", "ServerIssue", "Minor", "Major", "Crisis"};
    static final String[] TICKET_TYPE = {"Incident", "Problem", "Request", "Change"};
    static final String[] TICKET_STATUS = {"Open", "Open", "Pending", "Resolved", "Closed", "Closed", "Closed"};
    static final String[] SEVERITY = {"Information", "Warning", "Critical"};
    static final String[] ALERT_CATEGORY = {"Hardware", "Disk", "Availability", "Performance", "Exchange", "General"};
    static final String[] CONTRACT_TYPE = {"RetainerFlatFee", "BlockHours", "Hourly", "RemoteMonitoring",
        "BlockMoney", "ProjectOneTimeFee", "ProjectHourlyRate", "OnlineBackup"};
    static final String[] SNMP_SECURITY = {"Undefined", "Authentication", "AuthenticationAndPrivacy"};
    static final String[] FIRST = {"Alex", "Sam", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Avery",
        "Quinn", "Noa", "Lior", "Maya", "Daniel", "Sofia", "Omar"};
    static final String[] LAST = {"Levi", "Cohen", "Smith", "Garcia", "Nguyen", "Muller", "Rossi", "Kowalski",
        "Dubois", "Silva", "Tanaka", "Brown", "Okafor", "Jensen"};
    static final String[] COMPANY = {"Acme Dental", "Northwind Legal", "Blue Harbor Logistics", "Cedar Clinic",
        "Pinecrest Realty", "Summit Accounting", "Riverside School", "Orbit Labs", "Granite Builders",
        "Harbor Cafe", "Lakeside Vets", "Metro Print"};
    static final String[] CITY = {"Tel Aviv", "Austin", "Denver", "Leeds", "Lyon", "Porto", "Toronto", "Perth"};
    static final String[] TECH_FIRST = {"Dana", "Eli", "Noam", "Yael", "Chris", "Pat"};
    static final String[] TITLES = {"Printer offline", "VPN disconnects", "Outlook keeps asking for password",
        "Disk almost full", "New laptop setup", "Backup job failed", "Slow network share", "Reset MFA",
        "License renewal", "Server reboot request", "Wi-Fi drops in meeting room", "Install Adobe Reader"};

    private final long seed;
    private final Map<String, Integer> sizes;

    Generators(long seed, Map<String, Integer> sizes) {
        this.seed = seed;
        this.sizes = sizes;
    }

    SplittableRandom rng(String entity, long index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + entity.hashCode() * 1_000_003L + index);
    }

    int size(String entity) {
        return sizes.getOrDefault(entity, 0);
    }

    /** A stable fake id in 1..size of another entity (1 when it is empty). */
    long ref(SplittableRandom r, String entity) {
        int n = Math.max(1, size(entity));
        return 1 + r.nextInt(n);
    }

    static String date(long epochSeconds) {
        return Instant.ofEpochSecond(epochSeconds).toString();
    }

    static long pastSeconds(SplittableRandom r) {
        return BASE_EPOCH_S - r.nextLong(730L * 86_400L);
    }

    static String pick(SplittableRandom r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    static String uuid(SplittableRandom r) {
        return new UUID(r.nextLong(), r.nextLong()).toString();
    }

    String customerName(long id) {
        return COMPANY[(int) ((id - 1) % COMPANY.length)] + " " + id;
    }

    static String techName(long techId) {
        return TECH_FIRST[(int) (techId % TECH_FIRST.length)] + " Tech" + techId;
    }

    /** Created time of item {@code id} (used for sorting and date filters). */
    long created(String entity, long id) {
        return pastSeconds(rng(entity + "#created", id));
    }

    ObjectNode customer(long id) {
        SplittableRandom r = rng("customers", id);
        ObjectNode o = F.objectNode();
        long created = created("customers", id);
        o.put("CustomerID", id);
        o.put("CustomerName", customerName(id));
        o.put("CreatedOn", date(created));
        o.put("LastModified", date(Math.min(BASE_EPOCH_S, created + r.nextLong(200L * 86_400L))));
        o.put("BusinessNumber", String.valueOf(500_000_000 + r.nextInt(99_999_999)));
        o.put("Domain", "customer" + id + ".example.com");
        o.put("Address", (1 + r.nextInt(300)) + " Main Street");
        o.put("City", pick(r, CITY));
        o.put("State", "");
        o.put("Country", "Israel");
        o.put("Phone", "+972-3-" + (5_000_000 + r.nextInt(4_000_000)));
        o.put("Fax", "");
        o.put("Notes", "");
        o.put("Logo", "");
        o.put("Links", "");
        o.put("Longitude", Math.round((34.0 + r.nextDouble()) * 1e5) / 1e5);
        o.put("Latitude", Math.round((31.5 + r.nextDouble()) * 1e5) / 1e5);
        o.put("ZipCodeStr", String.valueOf(10000 + r.nextInt(89999)));
        return o;
    }

    ObjectNode contact(long id) {
        SplittableRandom r = rng("contacts", id);
        ObjectNode o = F.objectNode();
        long customer = ref(r, "customers");
        String first = pick(r, FIRST);
        String last = pick(r, LAST);
        long created = created("contacts", id);
        o.put("EndUserID", id);
        o.put("CustomerID", customer);
        o.put("CustomerName", customerName(customer));
        o.put("Firstname", first);
        o.put("Lastname", last);
        o.put("JobTitle", r.nextInt(4) == 0 ? "Office Manager" : "Staff");
        o.put("Email", (first + "." + last + id).toLowerCase(java.util.Locale.ROOT) + "@customer" + customer + ".example.com");
        o.put("Phone", "+972-3-" + (6_000_000 + r.nextInt(3_000_000)));
        o.put("MobilePhone", "+972-54-" + (1_000_000 + r.nextInt(8_999_999)));
        o.put("IsContactPerson", r.nextInt(10) == 0);
        o.put("InIgnoreMode", false);
        o.put("CreatedOn", date(created));
        o.put("LastModified", date(Math.min(BASE_EPOCH_S, created + r.nextLong(300L * 86_400L))));
        o.put("Archived", r.nextInt(25) == 0);
        return o;
    }

    ObjectNode agent(long id) {
        SplittableRandom r = rng("agents", id);
        ObjectNode o = F.objectNode();
        long customer = ref(r, "customers");
        long created = created("agents", id);
        boolean server = r.nextInt(8) == 0;
        String machine = (server ? "SRV-" : "WS-") + String.format("%04d", id);
        o.put("MachineID", "m" + Long.toHexString(r.nextLong() & 0xffffffffffL));
        o.put("AgentID", id);
        o.put("DeviceGuid", uuid(r));
        o.put("FolderID", 1 + r.nextInt(5));
        o.put("FolderName", "Main");
        o.put("CustomerID", customer);
        o.put("CustomerName", customerName(customer));
        o.put("AgentName", machine);
        o.put("SystemName", machine);
        o.put("MachineName", machine);
        o.put("DomainName", "CORP");
        o.put("CurrentLoggedUsers", pick(r, FIRST).toLowerCase(java.util.Locale.ROOT));
        o.put("Monitored", true);
        o.put("AgentVersion", "2.1." + r.nextInt(40) + ".0");
        o.put("Favorite", false);
        o.put("Created", date(created));
        o.put("Modified", date(Math.min(BASE_EPOCH_S, created + r.nextLong(100L * 86_400L))));
        o.put("Online", r.nextInt(5) != 0);
        o.put("LastSeen", date(BASE_EPOCH_S - r.nextLong(7L * 86_400L)));
        o.put("ReportedFromIP", "203.0.113." + r.nextInt(255));
        o.put("Processor", "Intel(R) Core(TM) i5-" + (8000 + r.nextInt(5000)) + " CPU");
        o.put("Memory", 4096 * (1 + r.nextInt(8)));
        o.put("ProcessorCoresCount", 2 << r.nextInt(4));
        o.put("Vendor", r.nextBoolean() ? "Dell Inc." : "LENOVO");
        o.put("VendorSerialNumber", Long.toString(r.nextLong() & 0xffffffffL, 36).toUpperCase(java.util.Locale.ROOT));
        ArrayNode macs = o.putArray("MacAddresses");
        macs.add(String.format("00:1A:2B:%02X:%02X:%02X", r.nextInt(256), r.nextInt(256), r.nextInt(256)));
        ArrayNode ips = o.putArray("IpAddresses");
        ips.add("10.0." + r.nextInt(255) + "." + (1 + r.nextInt(253)));
        o.put("OS", server ? "Windows Server 2022 Standard" : "Windows 11 Pro");
        o.put("OSType", server ? "Server" : "Work Station");
        o.put("OSNum", server ? 10.0 : 11.0);
        o.put("LastRebootTime", date(BASE_EPOCH_S - r.nextLong(30L * 86_400L)));
        o.put("OSVersion", "10.0.2" + (2000 + r.nextInt(700)));
        o.put("LastLoginUser", "CORP\\" + pick(r, FIRST).toLowerCase(java.util.Locale.ROOT));
        o.put("DeviceType", server ? "Server" : "Workstation");
        return o;
    }

    ObjectNode ticket(long id) {
        SplittableRandom r = rng("tickets", id);
        ObjectNode o = F.objectNode();
        long customer = ref(r, "customers");
        long endUser = ref(r, "contacts");
        long tech = 1 + r.nextInt(12);
        long created = created("tickets", id);
        String status = pick(r, TICKET_STATUS);
        String first = pick(r, FIRST);
        String last = pick(r, LAST);
        o.put("TicketID", id);
        o.put("TicketTitle", pick(r, TITLES));
        o.put("TicketNumber", String.valueOf(id));
        o.put("TicketPriority", pick(r, PRIORITY));
        o.put("TicketImpact", pick(r, IMPACT));
        o.put("TicketStatus", status);
        o.put("TicketSource", r.nextBoolean() ? "Email" : "Portal");
        o.put("TicketType", pick(r, TICKET_TYPE));
        o.put("EndUserID", endUser);
        o.put("EndUserEmail", (first + "." + last).toLowerCase(java.util.Locale.ROOT) + "@customer" + customer + ".example.com");
        o.put("EndUserFirstName", first);
        o.put("EndUserLastName", last);
        o.put("EndUserPhone", "+972-3-" + (6_000_000 + r.nextInt(3_000_000)));
        boolean done = status.equals("Resolved") || status.equals("Closed");
        if (done) {
            o.put("TicketResolvedDate", date(created + 3600 + r.nextLong(10L * 86_400L)));
        } else {
            o.putNull("TicketResolvedDate");
        }
        o.put("TicketCreatedDate", date(created));
        o.put("TechnicianFirstCommentDate", date(created + 600 + r.nextLong(86_400L)));
        o.put("FirstResponseDueDate", date(created + 4 * 3600));
        o.put("ClosedTicketDueDate", date(created + 3 * 86_400));
        o.put("FirstComment", "Hi, " + o.get("TicketTitle").asText().toLowerCase(java.util.Locale.ROOT) + " since this morning.");
        o.put("LastEndUserComment", "Thanks!");
        o.put("LastEndUserCommentTimestamp", date(created + 7200));
        o.put("LastTechnicianComment", "Looking into it.");
        o.put("LastTechnicianCommentTimestamp", date(created + 3600));
        int onSite = r.nextInt(4) == 0 ? 60 * r.nextInt(120) : 0;
        int offSite = 60 * r.nextInt(90);
        o.put("OnSiteDurationSeconds", onSite);
        o.put("OnSiteDurationMinutes", onSite / 60);
        o.put("OffSiteDurationSeconds", offSite);
        o.put("OffSiteDurationMinutes", offSite / 60);
        o.put("OnSLADurationSeconds", offSite);
        o.put("OnSLADurationMinutes", offSite / 60);
        o.put("OffSLADurationSeconds", onSite);
        o.put("OffSLADurationMinutes", onSite / 60);
        o.put("TotalDurationSeconds", onSite + offSite);
        o.put("TotalDurationMinutes", (onSite + offSite) / 60);
        o.put("CustomerID", customer);
        o.put("CustomerName", customerName(customer));
        o.put("CustomerBusinessNumber", "");
        o.put("TechnicianContactID", tech);
        o.put("TechnicianFullName", techName(tech));
        o.put("TechnicianEmail", "tech" + tech + "@msp.example.com");
        o.putNull("ContractID");
        return o;
    }

    ObjectNode alert(long id) {
        SplittableRandom r = rng("alerts", id);
        ObjectNode o = F.objectNode();
        long customer = ref(r, "customers");
        long agent = ref(r, "agents");
        long created = created("alerts", id);
        int state = r.nextInt(10); // 0-5 open, 6-8 resolved, 9 snoozed
        o.put("AlertID", id);
        o.put("Code", 1000 + r.nextInt(200));
        o.put("Source", "Agent");
        o.put("Title", pick(r, new String[] {"CPU usage above 90%", "Disk C: below 10% free", "Machine offline",
            "Service stopped", "Memory usage above 85%"}));
        o.put("Severity", pick(r, SEVERITY));
        o.put("Created", date(created));
        if (state == 9) {
            o.put("SnoozedEndDate", date(BASE_EPOCH_S + 86_400L));
        } else {
            o.putNull("SnoozedEndDate");
        }
        o.put("DeviceGuid", uuid(r));
        o.put("AgentId", agent);
        o.put("AdditionalInfo", "");
        o.put("Archived", state >= 6 && state <= 8);
        o.put("AlertCategoryID", pick(r, ALERT_CATEGORY));
        if (state >= 6 && state <= 8) {
            o.put("ArchivedDate", date(created + 3600));
        } else {
            o.putNull("ArchivedDate");
        }
        o.put("AlertMessage", "Threshold exceeded");
        o.put("DeviceName", "WS-" + String.format("%04d", agent));
        o.put("CustomerID", customer);
        o.put("CustomerName", customerName(customer));
        o.put("FolderID", 1);
        o.put("PollingCyclesCount", 1 + r.nextInt(10));
        o.put("DeviceType", "Agent");
        return o;
    }

    ObjectNode contract(long id) {
        SplittableRandom r = rng("contracts", id);
        ObjectNode o = F.objectNode();
        long customer = ref(r, "customers");
        long start = created("contracts", id);
        o.put("CustomerID", customer);
        o.put("CustomerName", customerName(customer));
        o.put("ContractID", id);
        o.put("ContractName", "Contract " + id);
        o.put("ContractType", pick(r, CONTRACT_TYPE));
        o.put("Active", r.nextInt(6) != 0);
        o.put("Default", r.nextInt(10) == 0);
        o.put("Taxable", r.nextBoolean());
        o.put("StartDate", date(start));
        o.put("EndDate", date(start + 365L * 86_400L));
        return o;
    }

    ObjectNode department(long id) {
        ObjectNode o = F.objectNode();
        String[] names = {"Support", "Projects", "Billing", "NOC", "Security", "Onboarding", "Field Service"};
        o.put("Id", id);
        o.put("Name", names[(int) ((id - 1) % names.length)] + (id > names.length ? " " + id : ""));
        o.put("Description", "Department " + id);
        return o;
    }

    ObjectNode invoice(long id) {
        SplittableRandom r = rng("invoices", id);
        ObjectNode o = F.objectNode();
        long date = created("invoices", id);
        double subtotal = Math.round(r.nextDouble(50, 5000) * 100) / 100.0;
        double tax = Math.round(subtotal * 17) / 100.0;
        o.put("IsAdhoc", r.nextInt(8) == 0);
        o.put("InvoiceId", uuid(r));
        o.put("InvoiceNumber", (int) id);
        o.put("InvoiceNumberAsString", "INV-" + id);
        o.put("Total", Math.round((subtotal + tax) * 100) / 100.0);
        o.put("Subtotal", subtotal);
        o.put("Tax", tax);
        o.put("TaxPercentage", 17.0);
        o.put("InvoiceDate", date(date));
        o.put("ContractName", "Contract " + ref(r, "contracts"));
        o.put("PeriodStartDate", date(date - 30L * 86_400L));
        o.put("PeriodEndDate", date(date));
        o.put("Currency", "USD");
        o.putArray("LineItems");
        return o;
    }

    ObjectNode knowledgebase(long id) {
        SplittableRandom r = rng("knowledgebases", id);
        ObjectNode o = F.objectNode();
        long ts = created("knowledgebases", id);
        o.put("KBID", id);
        o.put("KBTimestamp", date(ts));
        o.put("KBContext", "How to fix: " + pick(r, TITLES));
        o.put("KBProduct", r.nextBoolean() ? "Windows" : "Microsoft 365");
        o.put("KBRating_Yes", r.nextInt(50));
        o.put("KBRating_No", r.nextInt(5));
        o.put("KBRating_Views", r.nextInt(900));
        o.put("KBLastModified", date(Math.min(BASE_EPOCH_S, ts + r.nextLong(100L * 86_400L))));
        o.put("KBIsPrivate", r.nextInt(4) == 0);
        o.put("KBKeywords", "how-to");
        o.put("SectionName", "General");
        o.put("CategoryName", "Guides");
        return o;
    }

    ObjectNode rate(String entity, long id) {
        SplittableRandom r = rng(entity, id);
        ObjectNode o = F.objectNode();
        boolean product = entity.equals("products");
        o.put("RateID", (int) id);
        o.put("Amount", Math.round(r.nextDouble(5, product ? 2000 : 300) * 100) / 100.0);
        o.put("Description", (product ? "Product " : "Expense ") + id);
        o.put("SKU", (product ? "P-" : "E-") + String.format("%05d", id));
        o.put("Category", product ? "Hardware" : "Travel");
        return o;
    }

    ObjectNode device(String entity, long id) {
        SplittableRandom r = rng(entity, id);
        ObjectNode o = F.objectNode();
        long customer = ref(r, "customers");
        o.put("Name", entity.replace("devices", "").toUpperCase(java.util.Locale.ROOT) + " monitor " + id);
        o.put("DeviceID", id);
        o.put("DeviceGuid", uuid(r));
        o.put("CustomerID", customer);
        o.put("CustomerName", customerName(customer));
        o.put("FolderID", 1);
        o.put("MonitoringAgentID", ref(r, "agents"));
        o.put("Monitored", true);
        switch (entity) {
            case "tcpdevices" -> {
                o.put("Hostname", "host" + id + ".customer" + customer + ".example.com");
                ArrayNode ports = o.putArray("Ports");
                ObjectNode p = ports.addObject();
                p.put("PortNumber", r.nextBoolean() ? 443 : 3389);
                p.put("Monitored", true);
                p.put("Available", r.nextInt(10) != 0);
            }
            case "httpdevices" -> {
                o.put("URL", "https://site" + id + ".example.com/health");
                o.put("Pattern", "OK");
                o.put("URLUp", r.nextInt(10) != 0);
                o.put("ContainsPattern", true);
            }
            case "snmpdevices" -> {
                o.put("Hostname", "10.1." + r.nextInt(255) + "." + (1 + r.nextInt(253)));
                o.put("Online", r.nextInt(10) != 0);
                o.put("Port", "161");
                o.put("Community", "public");
                o.put("Type", "Printer");
                o.put("Version", r.nextBoolean() ? "V2" : "V3");
                o.put("SecurityLevel", pick(r, SNMP_SECURITY));
                o.put("Model", "Generic SNMP");
            }
            default -> { }
        }
        return o;
    }

    /** Ticket comments: comment i belongs to ticket 1 + (i - 1) % tickets. */
    ObjectNode comment(long id) {
        SplittableRandom r = rng("comments", id);
        ObjectNode o = F.objectNode();
        boolean tech = r.nextBoolean();
        long ticketCreated = created("tickets", ticketOf(id, "comments"));
        o.put("Date", date(ticketCreated + 60 * (1 + r.nextInt(5000))));
        String text = tech ? "Working on it." : "Still happening, please check.";
        o.put("Comment", text);
        o.put("CommentHtml", "<p>" + text + "</p>");
        if (tech) {
            o.putNull("EndUserID");
            o.put("TechnicianContactID", 1 + r.nextInt(12));
        } else {
            o.put("EndUserID", ref(r, "contacts"));
            o.putNull("TechnicianContactID");
        }
        o.put("Email", tech ? "tech@msp.example.com" : "user@customer.example.com");
        o.put("FirstName", pick(r, FIRST));
        o.put("LastName", pick(r, LAST));
        o.put("IsInternal", tech && r.nextInt(3) == 0);
        return o;
    }

    /** Work-hour records (the WorkhourRecordDto shape); record i belongs to ticket 1 + (i - 1) % tickets. */
    ObjectNode workhour(long id) {
        SplittableRandom r = rng("workhours", id);
        ObjectNode o = F.objectNode();
        long ticket = ticketOf(id, "workhours");
        long tech = 1 + r.nextInt(12);
        long start = created("tickets", ticket) + 600 + r.nextLong(5L * 86_400L);
        o.put("WorkHoursID", id);
        o.put("TicketID", ticket);
        // the ticket's customer is the first draw of the ticket's own stream (see ticket()): no need to build it
        o.put("CustomerID", ref(rng("tickets", ticket), "customers"));
        o.put("EndUserID", ref(r, "contacts"));
        o.put("StartWorkHour", date(start));
        o.put("EndWorkHour", date(start + 900L * (1 + r.nextInt(12))));
        o.put("TechnicianContactID", tech);
        o.put("Billiable", r.nextInt(4) != 0);
        o.put("OnCustomerSite", r.nextInt(5) == 0);
        o.put("Description", "Remote session");
        o.put("TechnicianFullName", techName(tech));
        o.put("TechnicianEmail", "tech" + tech + "@msp.example.com");
        o.put("RateID", 1 + r.nextInt(Math.max(1, size("products"))));
        o.put("RateAmount", 95.0);
        return o;
    }

    long ticketOf(long childId, String entity) {
        int tickets = Math.max(1, size("tickets"));
        return 1 + (childId - 1) % tickets;
    }
}

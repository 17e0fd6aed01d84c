package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The seeded core the entity generators share ({@link CustomerGenerators}, {@link ServiceDeskGenerators},
 * {@link DeviceGenerators}): per-item random streams, references between entities, dates and vocabularies.
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

    long ticketOf(long childId, String entity) {
        int tickets = Math.max(1, size("tickets"));
        return 1 + (childId - 1) % tickets;
    }
}

package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Contracts: create ({@code POST /contracts}, CreateContractDto, 201 {@code Result}) and update
 * ({@code PUT} or {@code POST /contracts/{id}}, UpdateContractDto, 204 with no body; 404 for an unknown id, as
 * documented). Checked: ContractName, ContractType and an existing CustomerID on create, EndDate not before
 * StartDate, enums. The type's detail object ({@code BlockHoursContract} and so on) keeps the scalar fields the
 * read schema shares with the write schema (BillingPeriod, Quantity, HoursIncluded, CommitRollover, CountBy);
 * rate references are not resolved into RateDto objects.
 */
final class ContractWriteRoutes {

    private static final String[] BILLING = {"EndOfContractDuration", "Weekly", "BiWeekly", "Monthly", "Quarterly",
        "TwiceAYear", "Yearly", "OnDemand"};
    private static final String[] COUNT_BY = {"PCAgents", "ServerAgents", "OtherDevices", "AgentsOnly", "All",
        "PCsTotalGB", "ServersTotalGB", "TotalGB", "MacAgents"};
    private static final Map<String, Object> COMMON = fields("ContractName", Body.Kind.STRING, "Default", Body.Kind.BOOL,
            "StartDate", Body.Kind.DATETIME, "EndDate", Body.Kind.DATETIME, "Active", Body.Kind.BOOL,
            "Taxable", Body.Kind.BOOL, "TaxId", Body.Kind.INT, "Notes", Body.Kind.STRING);
    private static final Map<String, Object> CREATE = create();
    /** The detail fields each contract type's read schema shares with its write schemas. */
    private static final Map<String, Object> DETAIL = fields("BillingPeriod", BILLING, "Quantity", Body.Kind.DOUBLE,
            "HoursIncluded", Body.Kind.DOUBLE, "CommitRollover", Body.Kind.BOOL, "CountBy", COUNT_BY);
    private static final Map<String, List<String>> DETAIL_OF_TYPE = Map.of(
            "RetainerFlatFee", List.of("BillingPeriod", "Quantity"),
            "Hourly", List.of("BillingPeriod"),
            "BlockHours", List.of("BillingPeriod", "HoursIncluded", "CommitRollover"),
            "BlockMoney", List.of("BillingPeriod", "CommitRollover"),
            "RemoteMonitoring", List.of("BillingPeriod", "CountBy"),
            "OnlineBackup", List.of("BillingPeriod", "CountBy"),
            "ProjectOneTimeFee", List.of(),
            "ProjectHourlyRate", List.of());
    /** Stub-only fields of the write schemas that the read schema (ContractDto) does not have. */
    private static final List<String> WRITE_ONLY = List.of("TaxId", "Notes", "SLAId");

    private ContractWriteRoutes() {
    }

    static void register(List<Route> r) {
        r.add(Route.of("POST", "/contracts", ContractWriteRoutes::create));
        r.add(Route.of("PUT", "/contracts/{contractId}", ContractWriteRoutes::update));
        r.add(Route.of("POST", "/contracts/{contractId}", ContractWriteRoutes::update));
    }

    private static Reply create(Call c) {
        ObjectNode in = Body.object(c.body(), false);
        ObjectNode n = Generators.F.objectNode();
        Body.apply(in, CREATE, n);
        String name = Body.text(n, "ContractName");
        if (name == null || name.isBlank()) {
            throw new BadRequest("ContractName is required.");
        }
        if (!n.hasNonNull("ContractType")) {
            throw new BadRequest("ContractType is required.");
        }
        long customer = n.path("CustomerID").asLong(0);
        Row cust = c.data().table("customers").get(customer);
        if (cust == null) {
            throw new BadRequest("Customer " + customer + " does not exist.");
        }
        checkDates(n);
        String type = n.get("ContractType").asText();
        long id = c.data().table("contracts").insert(newId -> {
            ObjectNode o = Generators.F.objectNode();
            o.put("CustomerID", customer);
            o.put("CustomerName", cust.node.path("CustomerName").asText());
            o.put("ContractID", newId);
            o.put("ContractName", name);
            o.put("ContractType", type);
            o.put("Active", n.path("Active").asBoolean(true));
            o.put("Default", n.path("Default").asBoolean(false));
            o.put("Taxable", n.path("Taxable").asBoolean(false));
            o.set("StartDate", n.hasNonNull("StartDate") ? n.get("StartDate") : Generators.F.textNode(ReadRoutes.iso(c.nowEpochS())));
            o.set("EndDate", n.hasNonNull("EndDate") ? n.get("EndDate") : Generators.F.nullNode());
            ObjectNode detail = detail(in.get(type + "Contract"), type, null);
            if (detail != null) {
                o.set(type + "Contract", detail);
            }
            return o;
        }, c.nowEpochS(), 0);
        return Crud.actionId(201, id);
    }

    private static Reply update(Call c) {
        long id = c.id(0);
        Table t = c.data().table("contracts");
        Row row = t.get(id);
        if (row == null) {
            return UnknownIds.reply(c, "Contract " + id + " was not found.");
        }
        ObjectNode in = Body.object(c.body(), false);
        ObjectNode n = row.node.deepCopy();
        Body.apply(in, COMMON, n);
        WRITE_ONLY.forEach(n::remove);
        for (String f : new String[] {"Default", "Active", "Taxable"}) {
            if (n.has(f) && n.get(f).isNull()) {
                n.set(f, row.node.get(f)); // nullable in the update schema: null means "leave as is"
            }
        }
        checkDates(n);
        String type = n.path("ContractType").asText();
        ObjectNode detail = detail(in.get(type + "Contract"), type, (ObjectNode) row.node.get(type + "Contract"));
        if (detail != null) {
            n.set(type + "Contract", detail);
        }
        t.replace(id, n, c.nowEpochS());
        return Reply.empty(204);
    }

    /** The type's detail object from the request's one (null when neither exists). */
    private static ObjectNode detail(JsonNode given, String type, ObjectNode existing) {
        if (given == null || given.isNull()) {
            return existing;
        }
        if (!given.isObject()) {
            throw new BadRequest(type + "Contract must be an object.");
        }
        ObjectNode all = Generators.F.objectNode();
        Body.apply((ObjectNode) given, DETAIL, all);
        ObjectNode out = existing == null ? Generators.F.objectNode() : existing.deepCopy();
        for (String f : DETAIL_OF_TYPE.getOrDefault(type, List.of())) {
            if (all.has(f)) {
                out.set(f, all.get(f));
            }
        }
        return out;
    }

    private static void checkDates(ObjectNode n) {
        if (n.hasNonNull("StartDate") && n.hasNonNull("EndDate")
                && DataStore.epoch(n, "EndDate") < DataStore.epoch(n, "StartDate")) {
            throw new BadRequest("EndDate must not be before StartDate.");
        }
    }

    private static Map<String, Object> create() {
        Map<String, Object> m = new LinkedHashMap<>(COMMON);
        m.put("SLAId", Body.Kind.LONG);
        m.put("CustomerID", Body.Kind.LONG);
        m.put("ContractType", Generators.CONTRACT_TYPE);
        return m;
    }

    private static Map<String, Object> fields(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}

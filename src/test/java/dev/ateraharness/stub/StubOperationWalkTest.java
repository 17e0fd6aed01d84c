package dev.ateraharness.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of Atera's OpenAPI document ({@code ${atera.sharedDir}/reference/atera-openapi.json}; the
 * test prints one line and is skipped when it is absent) against the stub: each request valid against the document,
 * each response valid against it, no "not modelled" answer, and the walk covers all 134 operations. Then the same
 * operations with unknown ids under {@code unknownIdPolicy=as-documented}: only documented statuses.
 */
class StubOperationWalkTest {

    private static final String K = "walk-key";
    private static final String API = "/api/v3";
    private static Path doc;
    private static OpenApiInteractionValidator validator;
    private static AteraStub stub;
    private static AteraStub documented;

    private final List<String> violations = new ArrayList<>();
    private final TreeSet<String> covered = new TreeSet<>();

    @BeforeAll
    static void setUp() {
        doc = dev.ateraharness.testing.AteraDocument.path();
        validator = OpenApiInteractionValidator.createForSpecificationUrl(doc.toUri().toString()).build();
        stub = AteraStub.start(StubHttp.tiny(StubSettings.builder()).key(K).limit(1_000_000).build());
        documented = AteraStub.start(StubHttp.tiny(StubSettings.builder()).key(K).limit(1_000_000)
                .unknownIdPolicy(UnknownIdPolicy.AS_DOCUMENTED).errorBodyPolicy(ErrorBodyPolicy.AS_DOCUMENTED).build());
    }

    @AfterAll
    static void tearDown() {
        if (stub != null) {
            stub.close();
        }
        if (documented != null) {
            documented.close();
        }
    }

    /** Every operation of the document as {@code METHOD /template} (relative to /api/v3). */
    static TreeSet<String> documentOperations() throws Exception {
        TreeSet<String> ops = new TreeSet<>();
        JsonNode paths = StubHttp.JSON.readTree(doc.toFile()).get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            p.getValue().fieldNames().forEachRemaining(m -> {
                if (List.of("get", "put", "post", "delete", "patch").contains(m)) {
                    ops.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey().substring(API.length()));
                }
            });
        }
        return ops;
    }

    /** Sends, validates request and response against the document, and records the operation as covered. */
    private HttpResponse<String> call(AteraStub target, String template, String method, String pathAndQuery, String body,
                                      int expected) {
        HttpResponse<String> r = StubHttp.sendBearer(target, method, pathAndQuery, K, body);
        String where = method + " " + pathAndQuery + " -> " + r.statusCode() + " " + abbreviate(r.body());
        if (expected > 0) {
            assertThat(r.statusCode()).as(where).isEqualTo(expected);
        }
        assertThat(r.statusCode()).as(where).isNotEqualTo(500);
        assertThat(r.body()).as(where).doesNotContain("not modelled").doesNotContain("No such route");
        String path = API + pathAndQuery.replaceFirst("\\?.*", "");
        SimpleRequest.Builder req = new SimpleRequest.Builder(method, path).withHeader("Authorization", "Bearer " + K);
        int q = pathAndQuery.indexOf('?');
        if (q >= 0) {
            for (String kv : pathAndQuery.substring(q + 1).split("&")) {
                String[] p = kv.split("=", 2);
                req.withQueryParam(p[0], URLDecoder.decode(p[1], StandardCharsets.UTF_8));
            }
        }
        if (body != null) {
            req.withContentType("application/json").withBody(body);
        }
        validator.validateRequest(req.build()).getMessages()
                .forEach(m -> violations.add("request " + method + " " + path + ": " + m.getMessage()));
        SimpleResponse.Builder resp = SimpleResponse.Builder.status(r.statusCode());
        r.headers().firstValue("Content-Type").ifPresent(ct -> resp.withContentType(ct.replace("problem+json", "json")));
        if (!r.body().isEmpty()) {
            resp.withBody(r.body());
        }
        validator.validateResponse(path, Request.Method.valueOf(method), resp.build()).getMessages()
                .forEach(m -> violations.add("response " + where + ": " + m.getMessage()));
        covered.add(method + " " + template);
        return r;
    }

    private HttpResponse<String> call(String template, String method, String pathAndQuery, String body, int expected) {
        return call(stub, template, method, pathAndQuery, body, expected);
    }

    private JsonNode json(String template, String method, String pathAndQuery, String body, int expected) {
        return StubHttp.json(call(template, method, pathAndQuery, body, expected));
    }

    /**
     * A refused write on an operation whose document gives its 400 no body: ProblemDetails saying why by default
     * (outside the document, not validated), no body with {@code errorBodyPolicy=as-documented} (validated).
     */
    private void refused(String template, String method, String path, String body, String why) {
        HttpResponse<String> r = StubHttp.sendBearer(stub, method, path, K, body);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(StubHttp.json(r).get("detail").asText()).contains(why);
        assertThat(call(documented, template, method, path, body, 400).body()).isEmpty();
    }

    private String created(String template, String body) {
        return json(template, "POST", template, body, 201).get("ActionID").asText();
    }

    @Test
    void everyOperationOfTheDocumentAnswersAsDocumented() throws Exception {
        reads();
        writes();
        assertThat(violations).as(String.join("\n", violations)).isEmpty();
        TreeSet<String> missing = documentOperations();
        missing.removeAll(covered);
        assertThat(missing).as("operations the walk did not reach").isEmpty();
        assertThat(covered).hasSize(134);
    }

    private void reads() {
        String[] paged = {"/agents", "/agents/customer/{customerId}", "/agents/machine/{machineName}", "/alerts",
            "/billing/invoices", "/contacts", "/contracts", "/contracts/customer/{customerId}", "/customers",
            "/departments", "/devices/genericdevices", "/devices/tcpdevices", "/devices/httpdevices",
            "/devices/snmpdevices", "/knowledgebases", "/rates/products", "/rates/expenses", "/tickets",
            "/tickets/noComments", "/tickets/statusmodified", "/tickets/lastmodified",
            "/tickets/{ticketId}/comments", "/tickets/{ticketId}/workhoursrecords", "/workhours"};
        for (String t : paged) {
            String p = t.replace("{customerId}", "1").replace("{machineName}", "WS-0001").replace("{ticketId}", "1");
            call(t, "GET", p + "?itemsInPage=50", null, 200);
        }
        String[] singles = {"/account", "/agents/{agentId}", "/alerts/{alertId}", "/billing/invoice/{invoiceNumber}",
            "/contacts/{contactId}", "/contracts/{contractId}", "/customers/{customerId}", "/departments/{departmentId}",
            "/devices/genericdevice/{deviceId}", "/devices/tcpdevice/{deviceId}", "/devices/httpdevice/{deviceId}",
            "/devices/snmpdevice/{deviceId}", "/rates/products/{productId}", "/rates/expenses/{expenseId}",
            "/tickets/{ticketId}", "/tickets/{ticketId}/attachments", "/tickets/{ticketId}/billableduration",
            "/tickets/{ticketId}/nonbillableduration", "/tickets/{ticketId}/workhours", "/customvalues/customfields"};
        for (String t : singles) {
            call(t, "GET", t.replaceAll("\\{[^}]+}", "1"), null, 200);
        }
        String agentGuid = json("/agents/{agentId}", "GET", "/agents/1", null, 200).get("DeviceGuid").asText();
        JsonNode installed = json("/agents/{deviceGuid}/installed-patches", "GET", "/agents/" + agentGuid + "/installed-patches", null, 200);
        assertThat(installed.get("installedUpdates").size()).isGreaterThanOrEqualTo(2);
        call("/agents/{deviceGuid}/available-patches", "GET", "/agents/" + agentGuid + "/available-patches", null, 200);
        String snmpGuid = json("/devices/snmpdevice/{deviceId}", "GET", "/devices/snmpdevice/1", null, 200).get("DeviceGuid").asText();
        assertThat(json("/devices/snmpdevice/guid/{deviceGuid}", "GET", "/devices/snmpdevice/guid/" + snmpGuid, null, 200)
                .get("DeviceID").asLong()).isEqualTo(1);
        call("/tickets/billableduration", "POST", "/tickets/billableduration", "[1,2]", 200);
        JsonNode site = json("/tickets/billableworkhourssiteduration", "POST", "/tickets/billableworkhourssiteduration", "[1,2,999999]", 200);
        assertThat(site.get("TicketsWorkHoursSiteDurationSummaries")).hasSize(2);
    }

    private void writes() {
        // custom values: one field per target, from the stub's catalogue; a set value is read back by all three GETs
        Map<String, String> fieldOf = new LinkedHashMap<>();
        for (JsonNode f : json("/customvalues/customfields", "GET", "/customvalues/customfields", null, 200)) {
            fieldOf.put(f.get("Target").asText(), f.get("Name").asText());
        }
        String[][] targets = {{"ticket", "Ticket", "ticketId"}, {"customer", "Customer", "customerId"},
            {"contact", "Contact", "contactId"}, {"contract", "Contract", "contractId"}, {"sla", "SLA", "slaId"},
            {"agent", "Agent", "agentId"}, {"snmp", "SNMPDevice", "snmpDeviceId"}, {"tcp", "TCPDevice", "tcpDeviceId"},
            {"http", "HTTPDevice", "httpDeviceId"}, {"generic", "GenericDevice", "genericDeviceId"}};
        Map<String, String> valueFor = Map.of("Text", "walk-1", "Boolean", "true", "Numeric", "42.5",
                "Date", "2026-07-01", "Options", "phone");
        Map<String, String> typeOf = new LinkedHashMap<>();
        for (JsonNode f : json("/customvalues/customfields", "GET", "/customvalues/customfields", null, 200)) {
            typeOf.put(f.get("Name").asText(), f.get("DataType").asText());
        }
        for (String[] t : targets) {
            String field = fieldOf.get(t[1]);
            assertThat(field).as("a custom field for " + t[1]).isNotNull();
            String enc = URLEncoder.encode(field, StandardCharsets.UTF_8).replace("+", "%20");
            String one = "/customvalues/" + t[0] + "field/{" + t[2] + "}/{fieldName}";
            String all = "/customvalues/" + t[0] + "fields/{" + t[2] + "}";
            String path = "/customvalues/" + t[0] + "field/2/" + enc;
            String value = valueFor.get(typeOf.get(field));
            String id = json(one, "PUT", path, "{\"Value\":\"" + value + "\"}", 200).get("ActionID").asText();
            call(one, "POST", path, "{\"Value\":\"" + value + "\"}", 200);
            JsonNode read = json(one, "GET", path, null, 200).get(0);
            assertThat(read.get("ValueAsString").asText()).as(t[1]).isIn(value, "42.5", "2026-07-01T00:00:00Z");
            assertThat(read.get("Id").asText()).isEqualTo(id);
            JsonNode every = json(all, "GET", "/customvalues/" + t[0] + "fields/2", null, 200);
            assertThat(every.findValuesAsText("Id")).contains(id);
            assertThat(json("/customvalues/{customValueId}", "GET", "/customvalues/" + id, null, 200).get(0)
                    .get("ValueAsString")).isEqualTo(read.get("ValueAsString"));
        }
        refused("/customvalues/ticketfield/{ticketId}/{fieldName}", "PUT", "/customvalues/ticketfield/2/Channel",
                "{\"Value\":\"carrier pigeon\"}", "not an option");

        // tickets, comments, work hours, relations
        String t = created("/tickets", "{\"TicketTitle\":\"walk\",\"Description\":\"d\",\"EndUserID\":1}");
        call("/tickets/{ticketId}", "PUT", "/tickets/" + t, "{\"TicketStatus\":\"Pending\"}", 200);
        call("/tickets/{ticketId}", "POST", "/tickets/" + t, "{\"TicketPriority\":\"High\"}", 200);
        call("/tickets/{ticketId}/comments", "POST", "/tickets/" + t + "/comments", "{\"CommentText\":\"hi\"}", 200);
        String wh = json("/tickets/{ticketId}/workhours", "POST", "/tickets/" + t + "/workhours",
                "{\"StartWorkHour\":\"2026-06-01T09:00:00Z\",\"EndWorkHour\":\"2026-06-01T10:30:00Z\",\"Billiable\":true,"
                        + "\"OnCustomerSite\":true,\"Description\":\"on site\",\"TechnicianContactID\":3,\"RateID\":1}", 201)
                .get("ActionID").asText();
        JsonNode records = json("/tickets/{ticketId}/workhoursrecords", "GET", "/tickets/" + t + "/workhoursrecords", null, 200);
        assertThat(records.get("items").findValuesAsText("WorkHoursID")).containsExactly(wh);
        assertThat(json("/tickets/{ticketId}/workhours", "GET", "/tickets/" + t + "/workhours", null, 200)
                .get("Billable").get("OnSiteDurationHours").asDouble()).isEqualTo(1.5);
        assertThat(json("/tickets/{ticketId}/billableduration", "GET", "/tickets/" + t + "/billableduration", null, 200)
                .get("TotalDurationHours").asDouble()).isEqualTo(1.5);
        JsonNode site = json("/tickets/billableworkhourssiteduration", "POST", "/tickets/billableworkhourssiteduration", "[" + t + "]", 200);
        assertThat(site.get("TicketsWorkHoursSiteDurationSummaries").get(0).get("OnSiteDurationSeconds").asInt()).isEqualTo(5400);
        call("/tickets/{ticketId}/relations", "POST", "/tickets/" + t + "/relations",
                "{\"RelatedTicketId\":3,\"RelationType\":\"Parent\"}", 201);
        JsonNode related = json("/tickets/{ticketId}", "GET", "/tickets/" + t + "?includeRelations=true", null, 200);
        assertThat(related.get("RelationType").asText()).isEqualTo("Parent");
        assertThat(related.get("RelatedTicketId").asLong()).isEqualTo(3);
        assertThat(json("/tickets/{ticketId}", "GET", "/tickets/3?includeRelations=true", null, 200)
                .get("RelationType").asText()).isEqualTo("Child");
        assertThat(json("/tickets/{ticketId}", "GET", "/tickets/" + t, null, 200).has("RelationType")).isFalse();
        call("/tickets/{ticketId}/relations/{relationType}", "DELETE", "/tickets/" + t + "/relations/Parent", null, 204);
        assertThat(json("/tickets/{ticketId}", "GET", "/tickets/" + t + "?includeRelations=true", null, 200)
                .get("RelationType").asText()).isEqualTo("None");
        call("/tickets/{ticketId}", "DELETE", "/tickets/" + t, null, 204);

        // customers, folders, attachments, contacts
        String c = created("/customers", "{\"CustomerName\":\"walk\"}");
        call("/customers/{customerId}", "PUT", "/customers/" + c, "{\"City\":\"Haifa\"}", 200);
        call("/customers/{customerId}", "POST", "/customers/" + c, "{\"City\":\"Eilat\"}", 200);
        created("/customers/folders", "{\"Name\":\"Servers\",\"CustomerId\":" + c + "}");
        created("/customers/attachments", "{\"Name\":\"contract.pdf\",\"CustomerId\":" + c
                + ",\"ContentBased64\":\"JVBERi0xLjQK\"}");
        refused("/customers/attachments", "POST", "/customers/attachments", "{\"Name\":\"x\",\"CustomerId\":1,"
                + "\"ContentBased64\":\"not base64!\"}", "not valid base64");
        String ct = created("/contacts", "{\"Email\":\"walk@x.example\",\"CustomerID\":" + c + "}");
        call("/contacts/{contactId}", "PUT", "/contacts/" + ct, "{\"Firstname\":\"W\"}", 200);
        call("/contacts/{contactId}", "POST", "/contacts/" + ct, "{\"Lastname\":\"K\"}", 200);
        call("/contacts/{contactId}", "DELETE", "/contacts/" + ct, null, 204);

        // contracts
        String k = created("/contracts", "{\"ContractName\":\"walk\",\"CustomerID\":" + c + ",\"ContractType\":\"BlockHours\","
                + "\"StartDate\":\"2026-01-01T00:00:00Z\",\"BlockHoursContract\":{\"HoursIncluded\":10,\"BillingPeriod\":\"Monthly\"}}");
        call("/contracts/{contractId}", "PUT", "/contracts/" + k, "{\"Active\":false}", 204);
        call("/contracts/{contractId}", "POST", "/contracts/" + k, "{\"BlockHoursContract\":{\"HoursIncluded\":12}}", 204);
        JsonNode contract = json("/contracts/{contractId}", "GET", "/contracts/" + k, null, 200);
        assertThat(contract.get("Active").asBoolean()).isFalse();
        assertThat(contract.get("BlockHoursContract").get("HoursIncluded").asDouble()).isEqualTo(12.0);
        assertThat(contract.get("BlockHoursContract").get("BillingPeriod").asText()).isEqualTo("Monthly");
        call("/customers/{customerId}", "DELETE", "/customers/" + c, null, 204);

        // alerts, departments, rates
        String a = created("/alerts", "{\"DeviceGuid\":\"3f1c1f4e-8a5b-4c1e-9a7d-2b6f0c9e1a11\",\"Title\":\"walk\"}");
        call("/alerts/{alertId}", "PUT", "/alerts/" + a, null, 204);
        call("/alerts/{alertId}", "DELETE", "/alerts/" + a, null, 204);
        String d = created("/departments", "{\"Name\":\"walk\"}");
        call("/departments/{departmentId}", "PUT", "/departments/" + d, "{\"Name\":\"walk2\"}", 200);
        call("/departments/{departmentId}", "POST", "/departments/" + d, "{\"Description\":\"x\"}", 200);
        call("/departments/{departmentId}", "DELETE", "/departments/" + d, null, 204);
        for (String[] kind : new String[][] {{"products", "productId"}, {"expenses", "expenseId"}}) {
            String r = created("/rates/" + kind[0], "{\"Description\":\"walk\",\"Amount\":1.5}");
            call("/rates/" + kind[0] + "/{" + kind[1] + "}", "PUT", "/rates/" + kind[0] + "/" + r, "{\"Amount\":2.5}", 200);
            call("/rates/" + kind[0] + "/{" + kind[1] + "}", "DELETE", "/rates/" + kind[0] + "/" + r, null, 204);
        }

        // devices: created, listed, read, deleted
        String common = "\"CustomerID\":1,\"MonitoringAgentID\":1,\"Monitored\":true,\"FolderID\":1";
        Map<String, String[]> devices = new LinkedHashMap<>();
        devices.put("generic", new String[] {"/devices/genericdevice", "{\"Name\":\"gw\"," + common + ",\"Hostname\":\"gw.example\"}"});
        devices.put("tcp", new String[] {"/devices/tcpdevice", "{\"Name\":\"db\"," + common
                + ",\"Hostname\":\"db.example\",\"Ports\":[{\"PortNum\":5432,\"Monitored\":true}]}"});
        devices.put("http", new String[] {"/devices/httpdevice", "{\"Name\":\"site\"," + common
                + ",\"URL\":\"https://site.example/health\",\"Pattern\":\"OK\"}"});
        devices.put("snmp", new String[] {"/devices/snmpdevice/v1v2", "{\"Name\":\"printer\"," + common
                + ",\"Hostname\":\"10.0.0.9\",\"Port\":161,\"SNMPType\":\"Printer\",\"Community\":\"public\",\"SNMPVersion\":\"V2\"}"});
        for (Map.Entry<String, String[]> e : devices.entrySet()) {
            String listPath = "/devices/" + e.getKey() + "devices?itemsInPage=50&page=1";
            int before = json("/devices/" + e.getKey() + "devices", "GET", listPath, null, 200).get("totalItemCount").asInt();
            JsonNode res = json(e.getValue()[0], "POST", e.getValue()[0], e.getValue()[1], 201);
            long id = res.get("DeviceId").asLong();
            JsonNode list = json("/devices/" + e.getKey() + "devices", "GET", listPath, null, 200);
            assertThat(list.get("totalItemCount").asInt()).isEqualTo(before + 1);
            assertThat(list.get("items").findValuesAsText("DeviceGuid")).contains(res.get("DeviceGuid").asText());
            JsonNode one = json("/devices/" + e.getKey() + "device/{deviceId}", "GET", "/devices/" + e.getKey() + "device/" + id, null, 200);
            assertThat(one.get("DeviceGuid").asText()).isEqualTo(res.get("DeviceGuid").asText());
            call("/devices/" + e.getKey() + "device/{deviceId}", "DELETE", "/devices/" + e.getKey() + "device/" + id, null, 204);
        }
        JsonNode v3 = json("/devices/snmpdevice/v3", "POST", "/devices/snmpdevice/v3", "{\"Name\":\"switch\"," + common
                + ",\"Hostname\":\"10.0.0.10\",\"Port\":161,\"SNMPType\":\"Switch\",\"Username\":\"mon\",\"AuthenticationAlg\":\"SHA1\","
                + "\"PrivacyAlg\":\"AES\",\"AuthenticationPassword\":\"a-secret\",\"PrivacyPassword\":\"p-secret\","
                + "\"_SecurityLevel\":\"AuthenticationAndPrivacy\"}", 201);
        HttpResponse<String> byGuid = call("/devices/snmpdevice/guid/{deviceGuid}", "GET",
                "/devices/snmpdevice/guid/" + v3.get("DeviceGuid").asText(), null, 200);
        assertThat(byGuid.body()).contains("\"Version\":\"V3\"").doesNotContain("secret");
        call("/agents/{agentId}", "DELETE", "/agents/40", null, 204);
    }

    @Test
    void unknownIdsGetOnlyDocumentedStatusesWhenAsked() throws Exception {
        String unknownGuid = UUID.randomUUID().toString();
        String[][] ops = {
            {"PUT", "/tickets/{ticketId}", "{\"TicketStatus\":\"Open\"}"}, {"POST", "/tickets/{ticketId}", "{}"},
            {"DELETE", "/tickets/{ticketId}", null}, {"PUT", "/alerts/{alertId}", null}, {"DELETE", "/alerts/{alertId}", null},
            {"GET", "/alerts/{alertId}", null}, {"GET", "/tickets/{ticketId}", null},
            {"PUT", "/customers/{customerId}", "{}"}, {"DELETE", "/customers/{customerId}", null},
            {"PUT", "/contacts/{contactId}", "{}"}, {"DELETE", "/contacts/{contactId}", null},
            {"PUT", "/contracts/{contractId}", "{}"}, {"PUT", "/departments/{departmentId}", "{}"},
            {"DELETE", "/departments/{departmentId}", null}, {"PUT", "/rates/products/{productId}", "{}"},
            {"DELETE", "/rates/expenses/{expenseId}", null}, {"DELETE", "/devices/tcpdevice/{deviceId}", null},
            {"GET", "/devices/httpdevice/{deviceId}", null}, {"DELETE", "/agents/{agentId}", null},
            {"GET", "/tickets/{ticketId}/comments", null}, {"POST", "/tickets/{ticketId}/comments", "{\"CommentText\":\"x\"}"},
            {"GET", "/tickets/{ticketId}/workhoursrecords", null}, {"GET", "/tickets/{ticketId}/workhours", null},
            {"GET", "/tickets/{ticketId}/billableduration", null}, {"GET", "/tickets/{ticketId}/nonbillableduration", null},
            {"GET", "/tickets/{ticketId}/attachments", null},
            {"POST", "/tickets/{ticketId}/relations", "{\"RelatedTicketId\":1,\"RelationType\":\"Child\"}"},
            {"DELETE", "/tickets/{ticketId}/relations/{relationType}", null},
            {"GET", "/customvalues/agentfields/{agentId}", null},
            {"GET", "/customvalues/customerfield/{customerId}/{fieldName}", null},
            {"PUT", "/customvalues/contactfield/{contactId}/{fieldName}", "{\"Value\":\"true\"}"},
            {"GET", "/customvalues/{customValueId}", null},
            {"GET", "/agents/{deviceGuid}/installed-patches", null}, {"GET", "/agents/{deviceGuid}/available-patches", null},
            {"GET", "/devices/snmpdevice/guid/{deviceGuid}", null}};
        Map<String, String> fieldOf = Map.of("customerfield", "Contract%20reference", "contactfield", "VIP");
        for (String[] op : ops) {
            String path = op[1].replace("{relationType}", "Parent").replaceAll("\\{(deviceGuid|customValueId)}", unknownGuid)
                    .replaceAll("\\{[a-zA-Z]+Id}", "999999");
            for (Map.Entry<String, String> f : fieldOf.entrySet()) {
                if (path.contains(f.getKey())) {
                    path = path.replace("{fieldName}", f.getValue());
                }
            }
            HttpResponse<String> r = call(documented, op[1], op[0], path, op[2], -1);
            assertThat(r.statusCode()).as(op[0] + " " + path).isIn(200, 204, 400, 404);
            // the default policy answers 404 for every one of them
            assertThat(StubHttp.sendBearer(stub, op[0], path, K, op[2]).statusCode()).as(op[0] + " " + path).isEqualTo(404);
        }
        assertThat(violations).as(String.join("\n", violations)).isEmpty();
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}

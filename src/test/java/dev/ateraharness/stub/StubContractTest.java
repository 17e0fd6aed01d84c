package dev.ateraharness.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every modelled operation's responses validate against Atera's OpenAPI document
 * ({@code ${atera.sharedDir}/reference/atera-openapi.json}; skipped when absent) with 0 violations. The schemas
 * mark nothing required, so key fields are also asserted here.
 */
class StubContractTest {

    private static final String K = "contract-key";
    private static OpenApiInteractionValidator validator;
    private static AteraStub stub;
    private final List<String> violations = new ArrayList<>();

    @BeforeAll
    static void setUp() {
        Path doc = dev.ateraharness.testing.AteraDocument.path();
        validator = OpenApiInteractionValidator.createForSpecificationUrl(doc.toUri().toString()).build();
        stub = AteraStub.start(StubHttp.tiny(StubSettings.builder()).key(K).limit(1_000_000).build());
    }

    @AfterAll
    static void tearDown() {
        if (stub != null) {
            stub.close();
        }
    }

    private HttpResponse<String> check(String method, String pathAndQuery, String body, int expectedStatus) {
        HttpResponse<String> r = StubHttp.send(stub, method, pathAndQuery, K, body);
        assertThat(r.statusCode()).as(method + " " + pathAndQuery + ": " + r.body()).isEqualTo(expectedStatus);
        String path = "/api/v3" + pathAndQuery.replaceFirst("\\?.*", "");
        SimpleResponse.Builder resp = SimpleResponse.Builder.status(r.statusCode()).withContentType("application/json");
        if (!r.body().isEmpty()) {
            resp.withBody(r.body());
        }
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), resp.build());
        report.getMessages().forEach(m -> violations.add(method + " " + path + " " + r.statusCode() + ": " + m.getMessage()));
        return r;
    }

    @Test
    void theValidatorCatchesAWrongBody() {
        SimpleResponse bad = SimpleResponse.Builder.status(200).withContentType("application/json")
                .withBody("{\"items\":[{\"TicketID\":\"x\",\"TicketPriority\":\"Urgent\",\"Extra\":1}],\"page\":\"one\"}").build();
        ValidationReport report = validator.validateResponse("/api/v3/tickets", Request.Method.GET, bad);
        assertThat(report.getMessages()).hasSizeGreaterThanOrEqualTo(3);
        SimpleResponse badDate = SimpleResponse.Builder.status(200).withContentType("application/json")
                .withBody("{\"TicketID\":1,\"TicketCreatedDate\":\"2026-01-01T00:00:00\"}").build();
        assertThat(validator.validateResponse("/api/v3/tickets/1", Request.Method.GET, badDate).getMessages()).isNotEmpty();
    }

    @Test
    void everyPagedOperationValidates() {
        String[] paged = {"/agents", "/agents/customer/1", "/agents/machine/WS-0001", "/alerts", "/alerts?alertStatus=Open",
            "/billing/invoices", "/contacts", "/contacts?SortBy=LastModified", "/contracts", "/contracts/customer/1",
            "/customers", "/departments", "/devices/genericdevices", "/devices/tcpdevices", "/devices/httpdevices",
            "/devices/snmpdevices", "/knowledgebases", "/rates/products", "/rates/expenses", "/tickets",
            "/tickets?includeRelations=true", "/tickets/noComments", "/tickets/statusmodified",
            "/tickets/lastmodified?date=2020-01-01T00:00:00Z", "/tickets/1/comments", "/tickets/1/workhoursrecords",
            "/workhours"};
        for (String p : paged) {
            String url = p + (p.contains("?") ? "&" : "?") + "itemsInPage=50";
            JsonNode page = StubHttp.json(check("GET", url, null, 200));
            assertThat(page.get("items").size()).as(p).isGreaterThan(0);
            assertThat(page.get("totalItemCount").asInt()).as(p).isGreaterThanOrEqualTo(page.get("items").size());
            assertThat(page.has("nextLink") && page.has("prevLink") && page.has("totalPages")).as(p).isTrue();
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everySingleGetValidates() {
        String[][] singles = {{"/agents/1", "AgentID"}, {"/alerts/1", "AlertID"}, {"/billing/invoice/1", "InvoiceNumber"},
            {"/contacts/1", "EndUserID"}, {"/contracts/1", "ContractID"}, {"/customers/1", "CustomerID"},
            {"/departments/1", "Id"}, {"/devices/genericdevice/1", "DeviceID"}, {"/devices/tcpdevice/1", "DeviceID"},
            {"/devices/httpdevice/1", "DeviceID"}, {"/devices/snmpdevice/1", "DeviceID"}, {"/rates/products/1", "RateID"},
            {"/rates/expenses/1", "RateID"}, {"/tickets/1", "TicketID"}, {"/tickets/1?includeRelations=true", "RelationType"},
            {"/account", "AccountID"}};
        for (String[] s : singles) {
            JsonNode item = StubHttp.json(check("GET", s[0], null, 200));
            assertThat(item.hasNonNull(s[1])).as(s[0] + " has " + s[1]).isTrue();
        }
        check("GET", "/tickets/999999", null, 404);
        check("GET", "/alerts/999999", null, 404);
        assertThat(violations).isEmpty();
    }

    @Test
    void writeResponsesValidate() {
        String id = StubHttp.json(check("POST", "/tickets",
                "{\"TicketTitle\":\"t\",\"Description\":\"d\",\"EndUserID\":1}", 201)).get("ActionID").asText();
        check("PUT", "/tickets/" + id, "{\"TicketStatus\":\"Closed\"}", 200);
        check("POST", "/tickets/" + id, "{\"TicketPriority\":\"Low\"}", 200);
        check("POST", "/tickets/" + id + "/comments", "{\"CommentText\":\"hi\"}", 200);
        check("DELETE", "/tickets/" + id, null, 204);
        String c = StubHttp.json(check("POST", "/customers", "{\"CustomerName\":\"n\"}", 201)).get("ActionID").asText();
        check("PUT", "/customers/" + c, "{\"City\":\"x\"}", 200);
        check("DELETE", "/customers/" + c, null, 204);
        String ct = StubHttp.json(check("POST", "/contacts", "{\"Email\":\"e@x.example\",\"CustomerID\":1}", 201)).get("ActionID").asText();
        check("PUT", "/contacts/" + ct, "{\"Firstname\":\"x\"}", 200);
        check("DELETE", "/contacts/" + ct, null, 204);
        String a = StubHttp.json(check("POST", "/alerts", "{\"DeviceGuid\":\"3f1c1f4e-8a5b-4c1e-9a7d-2b6f0c9e1a11\"}", 201)).get("ActionID").asText();
        check("PUT", "/alerts/" + a, null, 204);
        check("DELETE", "/alerts/" + a, null, 204);
        for (String kind : new String[] {"products", "expenses"}) {
            String r = StubHttp.json(check("POST", "/rates/" + kind, "{\"Description\":\"d\",\"Amount\":1.5}", 201)).get("ActionID").asText();
            check("PUT", "/rates/" + kind + "/" + r, "{\"Amount\":2.5}", 200);
            check("DELETE", "/rates/" + kind + "/" + r, null, 204);
        }
        String d = StubHttp.json(check("POST", "/departments", "{\"Name\":\"n\"}", 201)).get("ActionID").asText();
        check("PUT", "/departments/" + d, "{\"Name\":\"m\"}", 200);
        check("DELETE", "/departments/" + d, null, 204);
        check("POST", "/customers", "{}", 400);
        assertThat(violations).isEmpty();
    }

    @Test
    void ticketTimeSummariesAndCustomFieldsValidate() {
        JsonNode summary = StubHttp.json(check("GET", "/tickets/1/workhours", null, 200));
        assertThat(summary.get("TicketID").asLong()).isEqualTo(1);
        double billable = StubHttp.json(check("GET", "/tickets/1/billableduration", null, 200))
                .get("TotalDurationHours").asDouble();
        double nonBillable = StubHttp.json(check("GET", "/tickets/1/nonbillableduration", null, 200))
                .get("TotalDurationHours").asDouble();
        assertThat(summary.get("Billable").get("TotalDurationHours").asDouble()).isEqualTo(billable);
        assertThat(summary.get("NonBillable").get("TotalDurationHours").asDouble()).isEqualTo(nonBillable);
        double recorded = 0;
        for (JsonNode w : StubHttp.json(check("GET", "/tickets/1/workhoursrecords?itemsInPage=50", null, 200)).get("items")) {
            recorded += (java.time.Instant.parse(w.get("EndWorkHour").asText()).getEpochSecond()
                    - java.time.Instant.parse(w.get("StartWorkHour").asText()).getEpochSecond()) / 3600.0;
        }
        assertThat(billable + nonBillable).isCloseTo(recorded, org.assertj.core.data.Offset.offset(1e-9));
        JsonNode many = StubHttp.json(check("POST", "/tickets/billableduration", "[1,2,999999]", 200));
        assertThat(many).hasSize(2);
        assertThat(many.get(0).get("ticketId").asLong()).isEqualTo(1);
        assertThat(many.get(0).get("TotalDurationHours").asDouble()).isEqualTo(billable);
        JsonNode fields = StubHttp.json(check("GET", "/customvalues/customfields", null, 200));
        assertThat(fields.size()).isGreaterThan(0);
        assertThat(fields.get(0).hasNonNull("Name")).isTrue();
        // the document defines no 404 for these paths: checked without the validator
        assertThat(StubHttp.send(stub, "GET", "/tickets/999999/workhours", K, null).statusCode()).isEqualTo(404);
        assertThat(violations).isEmpty();
    }
}

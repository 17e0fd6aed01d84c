package dev.ateraharness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ateraharness.client.http.TransportRequest;
import dev.ateraharness.client.internal.Json;
import dev.ateraharness.client.model.*;
import dev.ateraharness.stub.AteraStub;
import dev.ateraharness.stub.StubSettings;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The other direction of the contract walk: every operation of Atera's OpenAPI document is called through a typed
 * method of the client, against the stub; each request the client sends validates against the document, and so
 * does each response. 0 violations, all 134 operations reached. Skipped (with one printed line) without the
 * document ({@code ${atera.sharedDir}/reference/atera-openapi.json}).
 */
class ClientOperationWalkTest {

    private static final String TOKEN = "walk-token-0123456789";
    private static Path doc;
    private static OpenApiInteractionValidator validator;
    private static AteraStub stub;
    private static final List<String> VIOLATIONS = Collections.synchronizedList(new ArrayList<>());
    private static final TreeSet<String> COVERED = new TreeSet<>();
    private static AteraClient client;

    @BeforeAll
    static void setUp() {
        doc = dev.ateraharness.testing.AteraDocument.path();
        validator = OpenApiInteractionValidator.createForSpecificationUrl(doc.toUri().toString()).build();
        StubSettings.Builder b = StubSettings.builder().key(TOKEN).limit(1_000_000);
        StubSettings.DEFAULT_SIZES.forEach((name, n) -> b.dataSize(name, Math.min(n, 40)));
        stub = AteraStub.start(b.build());
        client = AteraClient.create(AteraClientConfig.builder()
                .baseUrl(stub.baseUrl())
                .credentials(Credentials.bearer(TOKEN))
                .requestTimeout(Duration.ofSeconds(20))
                .blockingTimeout(Duration.ofSeconds(60))
                .withoutResilience()
                .layer(next -> request -> next.send(request).thenApply(response -> {
                    validate(request, response.status(), response.body(), response.headers());
                    return response;
                }))
                .build());
    }

    @AfterAll
    static void tearDown() {
        if (stub != null) {
            stub.close();
        }
    }

    private static void validate(TransportRequest request, int status, byte[] body,
                                 Map<String, List<String>> headers) {
        String path = request.uri().getRawPath();
        String template = request.tag().pathTemplate();
        synchronized (COVERED) {
            COVERED.add(request.method() + " " + template);
        }
        SimpleRequest.Builder req = new SimpleRequest.Builder(request.method(), path);
        request.headers().forEach((k, v) -> v.forEach(x -> req.withHeader(k, x)));
        String query = request.uri().getRawQuery();
        if (query != null) {
            for (String kv : query.split("&")) {
                String[] p = kv.split("=", 2);
                req.withQueryParam(p[0], URLDecoder.decode(p[1], StandardCharsets.UTF_8));
            }
        }
        if (request.body().length > 0) {
            req.withBody(new String(request.body(), StandardCharsets.UTF_8));
        }
        validator.validateRequest(req.build()).getMessages()
                .forEach(m -> VIOLATIONS.add("request " + request + ": " + m.getMessage()));
        SimpleResponse.Builder resp = SimpleResponse.Builder.status(status);
        headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Content-Type")).findFirst()
                .ifPresent(e -> resp.withContentType(e.getValue().get(0).replace("problem+json", "json")));
        if (body.length > 0) {
            resp.withBody(new String(body, StandardCharsets.UTF_8));
        }
        validator.validateResponse(path, Request.Method.valueOf(request.method()), resp.build()).getMessages()
                .forEach(m -> VIOLATIONS.add("response " + request + " " + status + ": " + m.getMessage()));
    }

    private static TreeSet<String> documentOperations() throws Exception {
        TreeSet<String> ops = new TreeSet<>();
        JsonNode paths = Json.MAPPER.readTree(doc.toFile()).get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            p.getValue().fieldNames().forEachRemaining(m -> ops.add(m.toUpperCase(Locale.ROOT) + " "
                    + p.getKey().substring("/api/v3".length())));
        }
        return ops;
    }

    @Test
    void everyOperationHasATypedMethodWhoseRequestsAndResponsesMatchTheDocument() throws Exception {
        reads();
        writes();
        assertThat(VIOLATIONS).as(String.join("\n", VIOLATIONS)).isEmpty();
        TreeSet<String> missing = documentOperations();
        missing.removeAll(COVERED);
        assertThat(missing).as("operations with no typed call in the walk").isEmpty();
        assertThat(COVERED).hasSize(134);
    }

    private void reads() {
        for (Endpoint<?> e : Endpoints.all()) {
            Query q = Query.none();
            for (String p : e.pathParams()) {
                q = q.withPath(p, p.equals("machineName") ? "WS-0001" : "1");
            }
            client.page(e, q, 1);
        }
        client.account();
        Agent agent = client.agents().get(1L);
        client.agents().installedPatches(agent.deviceGuid());
        client.agents().availablePatches(agent.deviceGuid());
        client.alerts().get(1L);
        client.invoices().get(1L);
        client.contacts().get(1L);
        client.contracts().get(1L);
        client.customers().get(1L);
        client.departments().get(1L);
        client.genericDevices().get(1L);
        client.tcpDevices().get(1L);
        client.httpDevices().get(1L);
        SnmpDevice snmp = client.snmpDevices().get(1L);
        assertThat(client.snmpDevices().getByGuid(snmp.deviceGuid()).deviceID()).isEqualTo(1L);
        client.productRates().get(1L);
        client.expenseRates().get(1L);
        client.tickets().get(1L);
        client.tickets().attachments(1);
        client.tickets().workHoursSummary(1);
        client.tickets().billableDuration(1);
        client.tickets().nonBillableDuration(1);
        assertThat(client.tickets().billableDurations(List.of(1L, 2L))).hasSize(2);
        assertThat(client.tickets().billableSiteDurations(List.of(1L)).ticketsWorkHoursSiteDurationSummaries()).hasSize(1);
    }

    private void writes() {
        CustomValuesApi cv = client.customValues();
        List<CustomField> fields = cv.customFields();
        Map<String, CustomValueTarget> targets = Map.of("Ticket", CustomValueTarget.TICKET, "Customer",
                CustomValueTarget.CUSTOMER, "Contact", CustomValueTarget.CONTACT, "Contract", CustomValueTarget.CONTRACT,
                "SLA", CustomValueTarget.SLA, "Agent", CustomValueTarget.AGENT, "SNMPDevice", CustomValueTarget.SNMP_DEVICE,
                "TCPDevice", CustomValueTarget.TCP_DEVICE, "HTTPDevice", CustomValueTarget.HTTP_DEVICE,
                "GenericDevice", CustomValueTarget.GENERIC_DEVICE);
        Map<String, String> valueFor = Map.of("Text", "walk", "Boolean", "true", "Numeric", "7", "Date", "2026-07-01",
                "Options", "email");
        for (CustomField f : fields) {
            CustomValueTarget t = targets.get(f.target());
            String id = cv.set(t, 2, f.name(), valueFor.get(f.dataType())).actionId();
            cv.setWithPost(t, 2, f.name(), valueFor.get(f.dataType()));
            assertThat(cv.get(t, 2, f.name()).get(0).id()).isEqualTo(id);
            assertThat(cv.all(t, 2)).extracting(CustomValue::id).contains(id);
            assertThat(cv.byId(id).get(0).fieldName()).isEqualTo(f.name());
        }

        TicketsApi tickets = client.tickets();
        long t = tickets.create(new CreateTicket("walk", "d", null, null, null, null, 1L, null, null, null, null, null,
                null)).actionIdAsLong().orElseThrow();
        tickets.update(t, new UpdateTicket(null, "Pending", null, null, null, null, null));
        tickets.updateWithPost(t, new UpdateTicket(null, null, null, "High", null, null, null));
        tickets.addComment(t, new AddTicketComment("hi", null, new TechnicianCommentDetails(1L, true, null), null));
        tickets.addWorkHours(t, new CreateWorkHours("2026-06-01T09:00:00Z", "2026-06-01T10:00:00Z", 2L, null, true,
                false, "remote", null));
        assertThat(tickets.billableDuration(t).totalDurationHours()).isEqualTo(1.0);
        tickets.addRelation(t, new AddTicketRelation(3L, "Child"));
        tickets.removeRelation(t, "Child");
        tickets.delete(t);

        CustomersApi customers = client.customers();
        long c = customers.create(new CreateCustomer("walk", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null)).actionIdAsLong().orElseThrow();
        customers.update(c, Map.of("City", "Haifa"));
        customers.updateWithPost(c, Map.of("City", "Eilat"));
        customers.createFolder(new CreateFolder("Servers", c, null));
        customers.addAttachment(new CreateCustomerAttachment(c, "a.txt", "aGVsbG8="));
        long ct = client.contacts().create(Map.of("Email", "w@x.example", "CustomerID", c)).actionIdAsLong().orElseThrow();
        client.contacts().update(ct, Map.of("Firstname", "W"));
        client.contacts().updateWithPost(ct, Map.of("Lastname", "K"));
        client.contacts().delete(ct);
        long k = client.contracts().create(new CreateContract("walk", null, c, false, null, null, true, false, null,
                "Hourly", null, null, null, null, null, null, null, null, null)).actionIdAsLong().orElseThrow();
        client.contracts().update(k, new UpdateContract(null, null, null, null, false, null, null, null, null, null,
                null, null, null, null));
        client.contracts().updateWithPost(k, new UpdateContract("walk 2", null, null, null, null, null, null, null, null,
                null, null, null, null, null));
        customers.delete(c);

        long a = client.alerts().create(Map.of("DeviceGuid", "3f1c1f4e-8a5b-4c1e-9a7d-2b6f0c9e1a11")).actionIdAsLong()
                .orElseThrow();
        client.alerts().resolve(a);
        client.alerts().delete(a);
        long d = client.departments().create(new CreateDepartment("walk", null)).actionIdAsLong().orElseThrow();
        client.departments().update(d, new UpdateDepartment("walk2", null));
        client.departments().updateWithPost(d, new UpdateDepartment(null, "x"));
        client.departments().delete(d);
        for (WritableApi<Rate> rates : List.of(client.productRates(), client.expenseRates())) {
            long r = rates.create(new CreateRate("walk", 1.5, null, null)).actionIdAsLong().orElseThrow();
            rates.update(r, new UpdateRate(null, 2.5, null, null, null));
            rates.delete(r);
        }

        CreatedDevice g = client.genericDevices().create(new CreateGenericDevice("gw", 1L, null, 1L, true, "gw.example"));
        client.genericDevices().delete(g.deviceId());
        CreatedDevice tcp = client.tcpDevices().create(new CreateTcpDevice("db", 1L, null, 1L, true, "db.example",
                List.of(new CreateTcpPort(5432, true))));
        client.tcpDevices().delete(tcp.deviceId());
        CreatedDevice http = client.httpDevices().create(new CreateHttpDevice("site", 1L, null, 1L, true,
                "https://site.example/health", "OK"));
        client.httpDevices().delete(http.deviceId());
        CreatedDevice v2 = client.snmpDevices().create(new CreateSnmpV1V2Device("printer", 1L, null, 1L, true,
                "10.0.0.9", 161, "Printer", "public", "V2"));
        assertThat(client.snmpDevices().getByGuid(v2.deviceGuid()).name()).isEqualTo("printer");
        client.snmpDevices().delete(v2.deviceId());
        client.snmpDevices().createV3(new CreateSnmpV3Device("switch", 1L, null, 1L, true, "10.0.0.10", 161, "Switch",
                "mon", "SHA1", "AES", "a", "p", "AuthenticationAndPrivacy"));
        client.agents().delete(40L);
    }
}

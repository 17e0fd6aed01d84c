package dev.ateraharness.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Create, read, update, delete round trips; bad bodies are 400/413, never 500. Also exercises the extension. */
class StubCrudAcceptanceTest {

    private static final String K = AteraStubExtension.DEFAULT_KEY;

    @RegisterExtension
    static final AteraStubExtension EXT = new AteraStubExtension(StubHttp.tiny(StubSettings.builder()).key(K)
            .key("read-only", java.util.Set.of(Permission.READ)).maxBodyBytes(10_000).build());

    AteraStub stub; // injected by the extension

    @Test
    void ticketRoundTrip() {
        HttpResponse<String> created = StubHttp.send(stub, "POST", "/tickets", K,
                "{\"TicketTitle\":\"Printer on fire\",\"Description\":\"Smoke\",\"EndUserID\":5,\"TicketPriority\":\"High\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String id = StubHttp.json(created).get("ActionID").asText();
        JsonNode t = StubHttp.json(StubHttp.get(stub, "/tickets/" + id, K));
        assertThat(t.get("TicketTitle").asText()).isEqualTo("Printer on fire");
        assertThat(t.get("TicketPriority").asText()).isEqualTo("High");
        assertThat(t.get("FirstComment").asText()).isEqualTo("Smoke");

        HttpResponse<String> updated = StubHttp.send(stub, "PUT", "/tickets/" + id, K, "{\"TicketStatus\":\"Resolved\"}");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(StubHttp.json(updated).get("ActionID").asText()).isEqualTo(id);
        assertThat(StubHttp.send(stub, "POST", "/tickets/" + id, K, "{\"TicketPriority\":\"Low\"}").statusCode()).isEqualTo(200);
        t = StubHttp.json(StubHttp.get(stub, "/tickets/" + id, K));
        assertThat(t.get("TicketStatus").asText()).isEqualTo("Resolved");
        assertThat(t.get("TicketPriority").asText()).isEqualTo("Low");
        assertThat(t.get("TicketResolvedDate").asText()).endsWith("Z");

        int before = StubHttp.json(StubHttp.get(stub, "/tickets", K)).get("totalItemCount").asInt();
        HttpResponse<String> deleted = StubHttp.send(stub, "DELETE", "/tickets/" + id, K, null);
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(StubHttp.get(stub, "/tickets/" + id, K).statusCode()).isEqualTo(404);
        assertThat(StubHttp.json(StubHttp.get(stub, "/tickets", K)).get("totalItemCount").asInt()).isEqualTo(before - 1);
        assertThat(StubHttp.send(stub, "DELETE", "/tickets/" + id, K, null).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/customers|{\"CustomerName\":\"New Co\",\"City\":\"Haifa\"}|{\"City\":\"Eilat\"}|CustomerName",
        "/contacts|{\"Email\":\"a@b.example\",\"CustomerID\":2,\"Firstname\":\"A\"}|{\"Firstname\":\"B\"}|Email",
        "/rates/products|{\"Description\":\"Cable\",\"Amount\":9.5,\"SKU\":\"C-1\"}|{\"Amount\":11.0}|Description",
        "/rates/expenses|{\"Description\":\"Taxi\",\"Amount\":30}|{\"Amount\":31.5}|Description"})
    void crudRoundTrips(String base, String create, String update, String field) {
        HttpResponse<String> created = StubHttp.send(stub, "POST", base, K, create);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = StubHttp.json(created).get("ActionID").asText();
        assertThat(StubHttp.json(StubHttp.get(stub, base + "/" + id, K)).get(field).asText())
                .isEqualTo(StubHttp.json(create).get(field).asText());
        assertThat(StubHttp.send(stub, "PUT", base + "/" + id, K, update).statusCode()).isEqualTo(200);
        JsonNode after = StubHttp.json(StubHttp.get(stub, base + "/" + id, K));
        StubHttp.json(update).properties().forEach(e ->
                assertThat(after.get(e.getKey()).asText()).isEqualTo(e.getValue().asText()));
        assertThat(StubHttp.send(stub, "DELETE", base + "/" + id, K, null).statusCode()).isEqualTo(204);
        assertThat(StubHttp.get(stub, base + "/" + id, K).statusCode()).isEqualTo(404);
    }

    @Test
    void alertPutResolvesWith204() {
        HttpResponse<String> created = StubHttp.send(stub, "POST", "/alerts", K,
                "{\"DeviceGuid\":\"3f1c1f4e-8a5b-4c1e-9a7d-2b6f0c9e1a11\",\"Title\":\"Disk\",\"Severity\":\"Critical\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String id = StubHttp.json(created).get("ActionID").asText();
        assertThat(StubHttp.json(StubHttp.get(stub, "/alerts/" + id, K)).get("Archived").asBoolean()).isFalse();
        HttpResponse<String> resolved = StubHttp.send(stub, "PUT", "/alerts/" + id, K, null);
        assertThat(resolved.statusCode()).isEqualTo(204);
        assertThat(StubHttp.json(StubHttp.get(stub, "/alerts/" + id, K)).get("Archived").asBoolean()).isTrue();
        assertThat(StubHttp.send(stub, "DELETE", "/alerts/" + id, K, null).statusCode()).isEqualTo(204);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "POST|/tickets|{not json",
        "POST|/tickets|[1,2]",
        "POST|/tickets|{\"TicketTitle\":5,\"Description\":\"d\",\"EndUserID\":1}",
        "POST|/tickets|{\"TicketTitle\":\"t\",\"Description\":\"d\",\"EndUserID\":\"one\"}",
        "POST|/tickets|{\"TicketTitle\":\"t\",\"Description\":\"d\",\"EndUserID\":1,\"TicketPriority\":\"Urgent\"}",
        "POST|/tickets|{\"TicketTitle\":\"t\"}",
        "PUT|/tickets/1|{\"TicketStatus\":[1]}",
        "POST|/customers|{}",
        "POST|/contacts|{\"Email\":\"x@y.example\"}",
        "POST|/alerts|{\"DeviceGuid\":\"not-a-uuid\"}",
        "POST|/rates/products|{\"Description\":\"x\",\"Amount\":\"cheap\"}",
        "POST|/customers|"})
    void badBodiesAre400(String method, String path, String body) {
        HttpResponse<String> r = StubHttp.send(stub, method, path, K, body == null ? "" : body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(StubHttp.json(r).get("status").asInt()).isEqualTo(400);
    }

    @Test
    void oversizedBodiesAre413() {
        String big = "{\"CustomerName\":\"" + "x".repeat(20_000) + "\"}";
        assertThat(StubHttp.send(stub, "POST", "/customers", K, big).statusCode()).isEqualTo(413);
    }

    @Test
    void aKeyWithoutWritePermissionGets403ButMayRead() {
        assertThat(StubHttp.send(stub, "POST", "/customers", "read-only", "{\"CustomerName\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(StubHttp.send(stub, "DELETE", "/customers/1", "read-only", null).statusCode()).isEqualTo(403);
        assertThat(StubHttp.get(stub, "/customers/1", "read-only").statusCode()).isEqualTo(200);
    }

    @Test
    void theExtensionResetsArrivalsBetweenTests(AteraStub injected) {
        assertThat(injected).isSameAs(stub);
        assertThat(stub.arrivals().size()).isZero();
        StubHttp.get(stub, "/tickets/1", K);
        assertThat(stub.arrivals().size()).isEqualTo(1);
    }
}

package dev.ateraharness.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.stub.internal.RouteTransformer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A literal path segment is never taken for an id, and every operation of Atera's document is routed. */
class StubRoutingAcceptanceTest {

    private static final String K = AteraStubExtension.DEFAULT_KEY;

    @RegisterExtension
    static final AteraStubExtension EXT = new AteraStubExtension(StubHttp.tiny(StubSettings.builder()).key(K).build());

    AteraStub stub; // injected by the extension

    @Test
    void postBillableDurationIsNotTicketUpdate() {
        // regression: /tickets/{ticketId} used to catch this and answer 400 for the id "billableduration"
        HttpResponse<String> r = StubHttp.send(stub, "POST", "/tickets/billableduration", K, "[1]");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(StubHttp.json(r).get(0).get("ticketId").asLong()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"GET,/tickets/billableduration,405", "PUT,/tickets/statusmodified,405",
        "POST,/tickets/billableworkhourssiteduration,400", "POST,/customers/folders,400",
        "POST,/customers/attachments,400", "POST,/contracts,400", "POST,/tickets/1/workhours,400",
        "GET,/customvalues/ticketfields/1,200", "GET,/customvalues/customfields,200", "POST,/devices/snmpdevice/v3,400"})
    void literalSegmentsAreNotIds(String method, String path, int status) {
        HttpResponse<String> r = StubHttp.send(stub, method, path, K, method.equals("GET") ? null : "{}");
        assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(status);
        // the body is checked, never the literal taken for an id
        String last = path.substring(path.lastIndexOf('/') + 1);
        assertThat(r.body()).doesNotContain("'" + last + "'").doesNotContain("not modelled");
    }

    @Test
    void badBillableDurationBodiesAre400() {
        assertThat(StubHttp.send(stub, "POST", "/tickets/billableduration", K, "{\"a\":1}").statusCode()).isEqualTo(400);
        assertThat(StubHttp.send(stub, "POST", "/tickets/billableduration", K, "[\"x\"]").statusCode()).isEqualTo(400);
        String tooMany = "[" + "1,".repeat(50) + "1]";
        assertThat(StubHttp.send(stub, "POST", "/tickets/billableduration", K, tooMany).statusCode()).isEqualTo(400);
    }

    @Test
    void everyOperationOfTheDocumentIsModelled() {
        // 134 operations in Atera's document (79 paths); StubOperationWalkTest checks them against the document
        assertThat(RouteTransformer.operations()).hasSize(134).doesNotHaveDuplicates().contains(
                "POST /tickets/billableduration", "GET /customvalues/customfields", "POST /customers/folders");
    }
}

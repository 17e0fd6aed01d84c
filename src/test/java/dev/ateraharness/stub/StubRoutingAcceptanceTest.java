package dev.ateraharness.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.stub.internal.RouteTransformer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A literal path segment is never taken for an id; operations the stub does not model say so with a 404. */
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
        "POST,/tickets/billableworkhourssiteduration,404", "POST,/customers/folders,404",
        "POST,/customers/attachments,404", "POST,/contracts,404", "POST,/tickets/1/workhours,404",
        "GET,/customvalues/ticketfields/1,404", "POST,/devices/snmpdevice/v3,404"})
    void literalSegmentsAreNotIds(String method, String path, int status) {
        HttpResponse<String> r = StubHttp.send(stub, method, path, K, method.equals("GET") ? null : "{}");
        assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(status);
        if (status == 404) {
            assertThat(r.body()).contains("not modelled");
        }
    }

    @Test
    void badBillableDurationBodiesAre400() {
        assertThat(StubHttp.send(stub, "POST", "/tickets/billableduration", K, "{\"a\":1}").statusCode()).isEqualTo(400);
        assertThat(StubHttp.send(stub, "POST", "/tickets/billableduration", K, "[\"x\"]").statusCode()).isEqualTo(400);
        String tooMany = "[" + "1,".repeat(50) + "1]";
        assertThat(StubHttp.send(stub, "POST", "/tickets/billableduration", K, tooMany).statusCode()).isEqualTo(400);
    }

    @Test
    void onlyModelledOperationsAreListed() {
        assertThat(RouteTransformer.operations()).contains("POST /tickets/billableduration",
                "GET /customvalues/customfields").doesNotContain("POST /customers/folders");
    }
}

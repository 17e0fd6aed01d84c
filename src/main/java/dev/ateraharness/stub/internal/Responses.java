package dev.ateraharness.stub.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** Turns a {@link Reply} into a WireMock ResponseDefinition. */
final class Responses {

    private Responses() {
    }

    static ResponseDefinition toDefinition(Reply r) {
        ResponseDefinitionBuilder b = new ResponseDefinitionBuilder().withStatus(r.status == 0 ? 200 : r.status);
        if (r.fault == 1) {
            b.withFault(Fault.CONNECTION_RESET_BY_PEER);
        } else if (r.fault == 2) {
            b.withFault(Fault.EMPTY_RESPONSE);
        }
        if (r.body.length > 0) {
            b.withBody(r.body);
        }
        if (r.contentType != null) {
            b.withHeader("Content-Type", r.contentType);
        }
        for (String[] h : r.headers) {
            b.withHeader(h[0], h[1]);
        }
        if (r.delayMs > 0) {
            b.withFixedDelay(r.delayMs);
        }
        return b.build();
    }
}

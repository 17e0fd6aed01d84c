package dev.ateraharness.stub.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.ateraharness.stub.StubResponse;
import java.util.List;
import java.util.Map;

/** The HTTP door's last step: a model {@link StubResponse} as a WireMock ResponseDefinition. */
final class Responses {

    private Responses() {
    }

    static ResponseDefinition toDefinition(StubResponse r) {
        ResponseDefinitionBuilder b = new ResponseDefinitionBuilder().withStatus(r.status() == 0 ? 200 : r.status());
        switch (r.fault()) {
            case CONNECTION_RESET -> b.withFault(Fault.CONNECTION_RESET_BY_PEER);
            case EMPTY_RESPONSE -> b.withFault(Fault.EMPTY_RESPONSE);
            case NONE -> { }
            default -> throw new IllegalStateException();
        }
        if (r.body().length > 0) {
            b.withBody(r.body());
        }
        for (Map.Entry<String, List<String>> h : r.headers().entrySet()) {
            b.withHeader(h.getKey(), h.getValue().toArray(String[]::new));
        }
        // WireMock delays in whole milliseconds
        int delayMs = (int) Math.min(Integer.MAX_VALUE, (r.latencyNanos() + 500_000) / 1_000_000);
        if (delayMs > 0) {
            b.withFixedDelay(delayMs);
        }
        return b.build();
    }
}

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

    /**
     * {@code r} as a definition that WireMock delivers after {@code delayNanos} (the time left until the
     * response's deadline; 0 or less for none).
     */
    static ResponseDefinition toDefinition(StubResponse r, long delayNanos) {
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
        int delayMs = delayMillis(delayNanos);
        if (delayMs > 0) {
            b.withFixedDelay(delayMs);
        }
        return b.build();
    }

    /**
     * WireMock delays in whole milliseconds: the nearest one, so that over many responses whose remainders spread
     * over the millisecond the delivery is early as often as late (mean error ~0; always rounding up would add
     * 0.5 ms per response). 0 for a deadline already passed.
     */
    static int delayMillis(long delayNanos) {
        if (delayNanos <= 0) {
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE, (delayNanos + 500_000) / 1_000_000);
    }
}

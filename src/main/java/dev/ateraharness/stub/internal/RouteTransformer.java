package dev.ateraharness.stub.internal;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.ateraharness.stub.AteraServerModel;
import dev.ateraharness.stub.StubRequest;
import dev.ateraharness.stub.StubResponse;
import dev.ateraharness.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The HTTP door: adapts every WireMock request to a {@link StubRequest} (arriving now on the model's clock),
 * asks the {@link AteraServerModel}, and turns its answer into a ResponseDefinition (WireMock applies the
 * delay and the connection faults). Holds no Atera behaviour of its own.
 *
 * <p>Latency is a deadline, as in the in-memory door: the response is due at arrival + the model's latency, so
 * the delay handed to WireMock is what is left of it once the model has answered (the time the model and this
 * door spent since arrival, on the model's clock, is subtracted; never below 0). WireMock sleeps that many whole
 * milliseconds in the request thread just before writing; what happens after (Jetty's write, the kernel, the
 * client reading) cannot be taken back and is the only difference left between the doors (stub.md).
 */
public final class RouteTransformer implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "atera-routes";

    private final Function<StubRequest, StubResponse> model;
    private final Clock clock;

    public RouteTransformer(AteraServerModel model) {
        this(model::handle, model.settings().clock());
    }

    /** A door over any model answering on {@code clock} (tests give one that costs time on a fake clock). */
    RouteTransformer(Function<StubRequest, StubResponse> model, Clock clock) {
        this.model = model;
        this.clock = clock;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    /** Templates of every modelled operation, as {@code METHOD /template}. */
    public static List<String> operations() {
        return Routing.operations();
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request req = serveEvent.getRequest();
        long now = clock.nanos();
        String url = req.getUrl();
        int q = url.indexOf('?');
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpHeader h : req.getHeaders().all()) {
            headers.put(h.key(), h.values());
        }
        StubRequest r = new StubRequest(req.getMethod().getName(), q < 0 ? url : url.substring(0, q),
                q < 0 ? "" : url.substring(q + 1), headers, req.getBody(), now);
        return answer(r);
    }

    /** The model's answer to {@code r} with the delay left until its deadline (arrival + latency). */
    ResponseDefinition answer(StubRequest r) {
        StubResponse response = model.apply(r);
        long due = r.arrivalNanos() + response.latencyNanos();
        return Responses.toDefinition(response, due - clock.nanos());
    }
}

package dev.ateraharness.stub.internal;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.ateraharness.stub.AteraServerModel;
import dev.ateraharness.stub.StubRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP door: adapts every WireMock request to a {@link StubRequest} (arriving now on the model's clock),
 * asks the {@link AteraServerModel}, and turns its answer into a ResponseDefinition (WireMock applies the
 * latency as a fixed delay and the connection faults). Holds no Atera behaviour of its own.
 */
public final class RouteTransformer implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "atera-routes";

    private final AteraServerModel model;

    public RouteTransformer(AteraServerModel model) {
        this.model = model;
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
        long now = model.settings().clock().nanos();
        String url = req.getUrl();
        int q = url.indexOf('?');
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpHeader h : req.getHeaders().all()) {
            headers.put(h.key(), h.values());
        }
        StubRequest r = new StubRequest(req.getMethod().getName(), q < 0 ? url : url.substring(0, q),
                q < 0 ? "" : url.substring(q + 1), headers, req.getBody(), now);
        return Responses.toDefinition(model.handle(r));
    }
}

package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.ateraharness.stub.StubSettings;
import java.io.IOException;
import java.io.StringWriter;

/**
 * {@code /__admin/atera/...}: read and patch settings, export and reset the arrival log, reset limiters and data.
 * Never shows a key: settings list key fingerprints only.
 */
public final class AdminRoutes implements AdminApiExtension {

    private final StubState state;

    public AdminRoutes(StubState state) {
        this.state = state;
    }

    @Override
    public String getName() {
        return "atera-admin";
    }

    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.GET, "/atera/settings", (AdminTask) (admin, event, params) -> settings());
        router.add(RequestMethod.POST, "/atera/settings", (AdminTask) (admin, event, params) -> {
            try {
                JsonNode patch = SettingsJson.MAPPER.readTree(event.getRequest().getBody());
                StubSettings next = SettingsJson.apply(patch, state.settings().toBuilder(), null).build();
                state.apply(next);
                return settings();
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // hook(h10s): no parser internals in details
                return json(400, "{\"error\":" + SettingsJson.MAPPER.valueToTree(JsonProblems.detail(e)) + "}");
            } catch (IOException | RuntimeException e) {
                return json(400, "{\"error\":" + SettingsJson.MAPPER.valueToTree(String.valueOf(e.getMessage())) + "}");
            }
        });
        router.add(RequestMethod.GET, "/atera/arrivals", (AdminTask) (admin, event, params) -> {
            QueryParameter f = event.getRequest().queryParameter("format");
            String format = f != null && f.isPresent() ? f.firstValue() : "csv";
            StringWriter w = new StringWriter();
            try {
                if (format.equalsIgnoreCase("jsonl")) {
                    state.arrivals().writeJsonLines(w);
                    return new ResponseDefinitionBuilder().withStatus(200)
                            .withHeader("Content-Type", "application/x-ndjson").withBody(w.toString()).build();
                }
                if (!format.equalsIgnoreCase("csv")) {
                    return json(400, "{\"error\":\"format must be csv or jsonl\"}");
                }
                state.arrivals().writeCsv(w);
            } catch (IOException e) {
                return json(500, "{\"error\":\"could not write arrivals\"}");
            }
            return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "text/csv")
                    .withBody(w.toString()).build();
        });
        router.add(RequestMethod.GET, "/atera/arrivals/count", (AdminTask) (admin, event, params) ->
                json(200, "{\"count\":" + state.arrivals().size() + "}"));
        // WireMock keeps routes in a bidirectional map: each route needs its own task instance
        router.add(RequestMethod.DELETE, "/atera/arrivals", (AdminTask) (admin, event, params) -> resetArrivals());
        router.add(RequestMethod.POST, "/atera/arrivals/reset", (AdminTask) (admin, event, params) -> resetArrivals());
        router.add(RequestMethod.POST, "/atera/limiters/reset", (AdminTask) (admin, event, params) -> {
            state.resetLimiters();
            return json(200, "{}");
        });
        router.add(RequestMethod.POST, "/atera/data/reset", (AdminTask) (admin, event, params) -> {
            state.resetData();
            return json(200, "{}");
        });
    }

    private ResponseDefinition resetArrivals() {
        state.arrivals().reset();
        return json(200, "{\"count\":0}");
    }

    private ResponseDefinition settings() {
        return json(200, SettingsJson.write(state.settings(), true).toString());
    }

    private static ResponseDefinition json(int status, String body) {
        return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(body).build();
    }
}

package dev.ateraharness.simulations.support;

import com.github.tomakehurst.wiremock.WireMockServer;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Phase-1 stand-in for the embedded stub: a plain WireMock on 127.0.0.1 serving Atera's list envelope
 * ({@code items, totalItemCount, page, itemsInPage, totalPages, prevLink, nextLink}) for a few entities at
 * 50 items a page, with no limiter and no faults.
 *
 * <p>TODO(phase 2): replace with the project's AteraStub (limiter model, profiles, faults, arrival log); this
 * class then goes away.
 */
public final class LocalWireMock implements AutoCloseable {

    private final WireMockServer server;
    private final Map<String, Integer> sizes;

    private LocalWireMock(WireMockServer server, Map<String, Integer> sizes) {
        this.server = server;
        this.sizes = sizes;
    }

    /** Starts a server with {@code tickets} tickets, a tenth as many agents, a fifth as many alerts. */
    public static LocalWireMock start(int tickets) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("tickets", tickets);
        sizes.put("agents", Math.max(1, tickets / 10));
        sizes.put("alerts", Math.max(1, tickets / 5));
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .containerThreads(16).jettyAcceptors(1).disableRequestJournal());
        server.start();
        sizes.forEach((entity, count) -> stubEntity(server, entity, count));
        return new LocalWireMock(server, Map.copyOf(sizes));
    }

    private static void stubEntity(WireMockServer server, String entity, int count) {
        int perPage = 50;
        int totalPages = Math.max(1, (count + perPage - 1) / perPage);
        String base = "http://127.0.0.1:" + server.port() + "/api/v3/" + entity;
        for (int page = 1; page <= totalPages; page++) {
            StringBuilder body = new StringBuilder("{\"items\":[");
            int first = (page - 1) * perPage;
            for (int i = first; i < Math.min(count, first + perPage); i++) {
                body.append(i == first ? "" : ",").append("{\"id\":").append(i + 1).append('}');
            }
            body.append("],\"totalItemCount\":").append(count).append(",\"page\":").append(page)
                    .append(",\"itemsInPage\":").append(perPage).append(",\"totalPages\":").append(totalPages)
                    .append(",\"prevLink\":\"").append(page > 1 ? base + "?page=" + (page - 1) : "")
                    .append("\",\"nextLink\":\"").append(page < totalPages ? base + "?page=" + (page + 1) : "")
                    .append("\"}");
            server.stubFor(get(urlPathEqualTo("/api/v3/" + entity)).withQueryParam("page", equalTo("" + page))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody(body.toString())));
        }
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.port() + "/api/v3");
    }

    /** Items the server holds for {@code entity}. */
    public int size(String entity) {
        return sizes.getOrDefault(entity, 0);
    }

    @Override
    public void close() {
        server.stop();
    }
}

package dev.ateraharness.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.ateraharness.client.internal.Json;
import java.time.Duration;

/** Test helpers: a WireMock server on 127.0.0.1, envelopes, and a client pointed at it. */
final class Stubs {

    static final String KEY = "test-key-0123456789-SECRET-wxyz";

    private Stubs() {
    }

    static WireMockServer start() {
        WireMockServer s = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .containerThreads(8).jettyAcceptors(1));
        s.start();
        return s;
    }

    static String base(WireMockServer s) {
        return "http://127.0.0.1:" + s.port() + "/api/v3";
    }

    static AteraClient client(WireMockServer s, int itemsInPage, int maxItemsInPage) {
        return AteraClient.create(AteraClientConfig.builder()
                .baseUrl(base(s))
                .credentials(Credentials.apiKey(KEY))
                .requestTimeout(Duration.ofSeconds(20))
                .maxItemsInPage(maxItemsInPage)
                .itemsInPage(itemsInPage)
                .blockingTimeout(Duration.ofSeconds(60))
                .withoutResilience() // these tests are about the core: one send per request
                .build());
    }

    /** {@code n} tickets numbered from {@code firstId}. */
    static ArrayNode tickets(int firstId, int n) {
        ArrayNode a = Json.MAPPER.createArrayNode();
        for (int i = 0; i < n; i++) {
            a.addObject().put("TicketID", firstId + i).put("TicketTitle", "t" + (firstId + i))
                    .put("CustomerID", 7).put("TicketPriority", "High");
        }
        return a;
    }

    /** The spec envelope; a null link is left out of the JSON. */
    static String page(ArrayNode items, int page, int itemsInPage, int total, int totalPages, String nextLink) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.set("items", items);
        o.put("page", page);
        o.put("itemsInPage", itemsInPage);
        o.put("totalItemCount", total);
        o.put("totalPages", totalPages);
        o.put("prevLink", "");
        if (nextLink != null) {
            o.put("nextLink", nextLink);
        }
        return o.toString();
    }
}

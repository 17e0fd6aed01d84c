package dev.ateraharness.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.ateraharness.client.model.Ticket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every envelope variant against a real HTTP server (WireMock on 127.0.0.1). */
class PaginationAcceptanceTest {

    static WireMockServer server;

    @BeforeAll
    static void start() {
        server = Stubs.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
    }

    private void stubPage(int page, String body) {
        server.stubFor(get(urlPathEqualTo("/api/v3/tickets")).withQueryParam("page", equalTo("" + page))
                .willReturn(okJson(body)));
    }

    private static List<Long> ids(List<Ticket> ts) {
        return ts.stream().map(Ticket::ticketID).toList();
    }

    @Test
    void specEnvelopeFollowsNextLinkToAnEmptyLastLink() {
        String b = Stubs.base(server);
        stubPage(1, Stubs.page(Stubs.tickets(1, 2), 1, 2, 5, 3, b + "/tickets?page=2&itemsInPage=2"));
        stubPage(2, Stubs.page(Stubs.tickets(3, 2), 2, 2, 5, 3, b + "/tickets?page=3&itemsInPage=2"));
        stubPage(3, Stubs.page(Stubs.tickets(5, 1), 3, 2, 5, 3, ""));
        AteraClient c = Stubs.client(server, 2, 50);

        List<SyncSummary> heard = new CopyOnWriteArrayList<>();
        SyncSummary s = c.sync(Endpoints.TICKETS, Query.none(), new SyncListener() {
            @Override
            public void onComplete(SyncSummary summary) {
                heard.add(summary);
            }
        });

        assertThat(ids(c.listAll(Endpoints.TICKETS))).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(s.itemsSeen()).isEqualTo(5);
        assertThat(s.pages()).isEqualTo(3);
        assertThat(s.requests()).isEqualTo(3);
        assertThat(s.totalItemCount()).isEqualTo(5);
        assertThat(s.difference()).isZero();
        assertThat(heard).containsExactly(s);
        server.verify(getRequestedFor(urlPathEqualTo("/api/v3/tickets")).withHeader("X-API-KEY", equalTo(Stubs.KEY)));
    }

    @Test
    void seedEnvelopeWithTotalItemsAndNoLinksUsesTotalPages() {
        for (int p = 1; p <= 3; p++) {
            ObjectNode o = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
            o.set("items", Stubs.tickets(p * 10, p < 3 ? 3 : 1));
            o.put("totalItems", 7).put("page", p).put("itemsInPage", 3).put("totalPages", 3);
            stubPage(p, o.toString());
        }
        SyncSummary s = Stubs.client(server, 3, 50).sync(Endpoints.TICKETS, Query.none());
        assertThat(s.itemsSeen()).isEqualTo(7);
        assertThat(s.pages()).isEqualTo(3);
        assertThat(s.totalItemCount()).isEqualTo(7);
        assertThat(s.difference()).isZero();
    }

    @Test
    void nextLinkAbsentAndNoTotalPagesEndsAfterOnePage() {
        stubPage(1, "{\"items\":[{\"TicketID\":1},{\"TicketID\":2}],\"page\":1,\"itemsInPage\":2,"
                + "\"totalItemCount\":2}");
        stubPage(2, Stubs.page(Stubs.tickets(99, 2), 2, 2, 2, 0, ""));
        assertThat(ids(Stubs.client(server, 2, 50).listAll(Endpoints.TICKETS))).containsExactly(1L, 2L);
        server.verify(0, getRequestedFor(urlPathEqualTo("/api/v3/tickets")).withQueryParam("page", equalTo("2")));
    }

    @Test
    void nullNextLinkOnAPartialLastPageEnds() {
        stubPage(1, Stubs.page(Stubs.tickets(1, 4), 1, 4, 6, 2, Stubs.base(server) + "/tickets?page=2&itemsInPage=4"));
        stubPage(2, Stubs.page(Stubs.tickets(5, 2), 2, 4, 6, 2, null).replace("}", ",\"nextLink\":null}"));
        SyncSummary s = Stubs.client(server, 4, 50).sync(Endpoints.TICKETS, Query.none());
        assertThat(s.itemsSeen()).isEqualTo(6);
        assertThat(s.pages()).isEqualTo(2);
    }

    @Test
    void emptyResultIsOnePageOfNothing() {
        stubPage(1, Stubs.page(Stubs.tickets(1, 0), 1, 50, 0, 0, ""));
        SyncSummary s = Stubs.client(server, 50, 50).sync(Endpoints.TICKETS, Query.none());
        assertThat(s.itemsSeen()).isZero();
        assertThat(s.pages()).isEqualTo(1);
        assertThat(s.totalItemCount()).isZero();
        assertThat(s.difference()).isZero();
    }

    @Test
    void anEmptyPageThatAnnouncesMoreEndsTheWalkAsAFailureNotAsAShortSuccess() {
        String b = Stubs.base(server);
        stubPage(1, Stubs.page(Stubs.tickets(1, 2), 1, 2, 10, 5, b + "/tickets?page=2&itemsInPage=2"));
        stubPage(2, Stubs.page(Stubs.tickets(1, 0), 2, 2, 10, 5, b + "/tickets?page=3&itemsInPage=2"));
        AteraClient client = Stubs.client(server, 2, 50);
        assertThatThrownBy(() -> client.sync(Endpoints.TICKETS, Query.none()))
                .isInstanceOf(PaginationStalledException.class)
                .hasMessageContaining("page 2 is empty")
                .hasMessageContaining("totalPages=5")
                .hasMessageContaining("ended with 2 items");
        server.verify(0, getRequestedFor(urlPathEqualTo("/api/v3/tickets")).withQueryParam("page", equalTo("3")));
    }

    @Test
    void aFirstPageWithNoItemsButAHugeClaimIsNotASuccessfulEmptySync() {
        stubPage(1, Stubs.page(Stubs.tickets(1, 0), 1, 2, 2_000_000_000, 1_000_000_000, null));
        AteraClient client = Stubs.client(server, 2, 50);
        assertThatThrownBy(() -> client.sync(Endpoints.TICKETS, Query.none()))
                .isInstanceOf(PaginationStalledException.class)
                .hasMessageContaining("totalPages=1000000000")
                .hasMessageContaining("ended with 0 items");
    }

    @Test
    void anEmptyLastPageThatClaimsNothingMoreIsStillTheNormalEnd() {
        // items deleted during the sync: the last page is empty and says so; the summary shows the difference
        String b = Stubs.base(server);
        stubPage(1, Stubs.page(Stubs.tickets(1, 2), 1, 2, 6, 3, b + "/tickets?page=2&itemsInPage=2"));
        stubPage(2, Stubs.page(Stubs.tickets(1, 0), 2, 2, 2, 1, null));
        SyncSummary s = Stubs.client(server, 2, 50).sync(Endpoints.TICKETS, Query.none());
        assertThat(s.pages()).isEqualTo(2);
        assertThat(s.itemsSeen()).isEqualTo(2);
    }

    @Test
    void serverClampingItemsInPageIsBelievedForLaterPages() {
        // asked for 500, the server applies 50
        stubPage(1, Stubs.page(Stubs.tickets(1, 50), 1, 50, 120, 3, null));
        stubPage(2, Stubs.page(Stubs.tickets(51, 50), 2, 50, 120, 3, null));
        stubPage(3, Stubs.page(Stubs.tickets(101, 20), 3, 50, 120, 3, null));
        SyncSummary s = Stubs.client(server, 500, 500).sync(Endpoints.TICKETS, Query.none());
        assertThat(s.itemsSeen()).isEqualTo(120);
        assertThat(s.pages()).isEqualTo(3);
        assertThat(s.difference()).isZero();
        server.verify(getRequestedFor(urlPathEqualTo("/api/v3/tickets")).withQueryParam("page", equalTo("1"))
                .withQueryParam("itemsInPage", equalTo("500")));
        server.verify(getRequestedFor(urlPathEqualTo("/api/v3/tickets")).withQueryParam("page", equalTo("2"))
                .withQueryParam("itemsInPage", equalTo("50")));
    }

    @Test
    void aServerRepeatingTheSamePageIsAnErrorNotALoop() {
        // every request gets page 1 again, with a link onward
        server.stubFor(get(urlPathEqualTo("/api/v3/tickets")).willReturn(okJson(Stubs.page(Stubs.tickets(1, 2),
                1, 2, 1000, 500, Stubs.base(server) + "/tickets?page=2&itemsInPage=2"))));
        AteraClient c = Stubs.client(server, 2, 50);
        assertThatThrownBy(() -> c.listAll(Endpoints.TICKETS)).isInstanceOf(PaginationStalledException.class)
                .hasMessageContaining("page 1 after page 1").hasMessageContaining("/tickets");
        server.verify(2, getRequestedFor(urlPathEqualTo("/api/v3/tickets")));
    }

    @Test
    void sameItemsUnderAdvancingPageNumbersIsAlsoAStall() {
        server.stubFor(get(urlPathEqualTo("/api/v3/tickets")).withQueryParam("page", equalTo("1"))
                .willReturn(okJson(Stubs.page(Stubs.tickets(1, 2), 0, 2, 0, 0, "/api/v3/tickets?page=2"))));
        server.stubFor(get(urlPathEqualTo("/api/v3/tickets")).withQueryParam("page", equalTo("2"))
                .willReturn(okJson(Stubs.page(Stubs.tickets(1, 2), 0, 2, 0, 0, "/api/v3/tickets?page=3"))));
        assertThatThrownBy(() -> Stubs.client(server, 2, 50).listAll(Endpoints.TICKETS))
                .isInstanceOf(PaginationStalledException.class).hasMessageContaining("same 2 items");
    }

    @Test
    void aNextLinkBackToAPageAlreadyReadIsAStall() {
        String b = Stubs.base(server);
        stubPage(1, Stubs.page(Stubs.tickets(1, 2), 0, 2, 0, 0, b + "/tickets?page=2&itemsInPage=2"));
        stubPage(2, Stubs.page(Stubs.tickets(3, 2), 0, 2, 0, 0, b + "/tickets?page=1&itemsInPage=2"));
        assertThatThrownBy(() -> Stubs.client(server, 2, 50).listAll(Endpoints.TICKETS))
                .isInstanceOf(PaginationStalledException.class).hasMessageContaining("already read");
        server.verify(2, getRequestedFor(urlPathEqualTo("/api/v3/tickets")));
    }

    @Test
    void foreignHostNextLinkIsNotFollowed() {
        WireMockServer evil = Stubs.start();
        try {
            evil.stubFor(get(urlPathEqualTo("/api/v3/tickets")).willReturn(okJson(Stubs.page(Stubs.tickets(666, 2),
                    2, 2, 4, 2, ""))));
            // same host name, other port: a different origin
            String foreign = Stubs.base(evil) + "/tickets?page=2&itemsInPage=2";
            stubPage(1, Stubs.page(Stubs.tickets(1, 2), 1, 2, 4, 2, foreign));
            stubPage(2, Stubs.page(Stubs.tickets(3, 2), 2, 2, 4, 2, ""));
            List<Ticket> all = Stubs.client(server, 2, 50).listAll(Endpoints.TICKETS);
            assertThat(ids(all)).containsExactly(1L, 2L, 3L, 4L);
            assertThat(evil.getAllServeEvents()).isEmpty();
        } finally {
            evil.stop();
        }
    }

    @Test
    void relativeNextLinkOnTheSameHostIsFollowed() {
        stubPage(1, Stubs.page(Stubs.tickets(1, 2), 1, 2, 4, 2, "/api/v3/tickets?page=2&itemsInPage=2&marker=x"));
        server.stubFor(get(urlPathEqualTo("/api/v3/tickets")).withQueryParam("marker", equalTo("x"))
                .willReturn(okJson(Stubs.page(Stubs.tickets(3, 2), 2, 2, 4, 2, ""))));
        assertThat(ids(Stubs.client(server, 2, 50).listAll(Endpoints.TICKETS))).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void filtersAndPathParametersReachTheServer() {
        server.stubFor(get(urlPathEqualTo("/api/v3/tickets/42/comments")).willReturn(okJson(
                "{\"items\":[{\"Comment\":\"hi\",\"IsInternal\":true}],\"page\":1,\"itemsInPage\":50,"
                        + "\"totalItemCount\":1,\"totalPages\":1,\"nextLink\":\"\"}")));
        stubPage(1, Stubs.page(Stubs.tickets(1, 1), 1, 50, 1, 1, ""));
        AteraClient c = Stubs.client(server, 50, 50);
        assertThat(c.tickets().comments(42)).singleElement().satisfies(cm -> assertThat(cm.comment()).isEqualTo("hi"));
        c.tickets().listAll(Query.none().with("ticketStatus", "Open").with("customerId", 7));
        server.verify(getRequestedFor(urlPathEqualTo("/api/v3/tickets")).withQueryParam("ticketStatus",
                equalTo("Open")).withQueryParam("customerId", equalTo("7")));
        assertThatThrownBy(() -> c.listAll(Endpoints.AGENTS, Query.none().with("ticketStatus", "Open")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no filter 'ticketStatus'");
    }

    @Test
    void lazyStreamRequestsOnlyThePagesConsumed() {
        String b = Stubs.base(server);
        stubPage(1, Stubs.page(Stubs.tickets(1, 2), 1, 2, 6, 3, b + "/tickets?page=2&itemsInPage=2"));
        stubPage(2, Stubs.page(Stubs.tickets(3, 2), 2, 2, 6, 3, b + "/tickets?page=3&itemsInPage=2"));
        stubPage(3, Stubs.page(Stubs.tickets(5, 2), 3, 2, 6, 3, ""));
        assertThat(Stubs.client(server, 2, 50).stream(Endpoints.TICKETS, Query.none()).limit(3).count())
                .isEqualTo(3);
        server.verify(2, getRequestedFor(urlPathEqualTo("/api/v3/tickets")));
    }

    @Test
    void slowServerTimesOutInsteadOfHanging() {
        server.stubFor(get(urlPathEqualTo("/api/v3/agents")).willReturn(aResponse().withFixedDelay(3_000)
                .withStatus(200).withBody("{}")));
        AteraClient c = AteraClient.create(Stubs.client(server, 50, 50).config().toBuilder()
                .requestTimeout(java.time.Duration.ofMillis(300)).build());
        assertThatThrownBy(() -> c.page(Endpoints.AGENTS, Query.none(), 1))
                .isInstanceOfSatisfying(AteraTransportException.class, e -> assertThat(e.isTimeout()).isTrue())
                .hasMessageContaining("GET /api/v3/agents").hasMessageNotContaining(Stubs.KEY);
    }
}

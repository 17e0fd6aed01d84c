package dev.ateraharness.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The spec envelope, links, page-size rules, filters and bad parameters over HTTP. */
class StubPaginationAcceptanceTest {

    private static final String K = "page-key";
    private static AteraStub stub;

    @BeforeAll
    static void start() {
        stub = AteraStub.start(StubHttp.tiny(StubSettings.builder()).key(K).limit(100_000).dataSize("tickets", 137)
                .dataSize("comments", 400).dataSize("workhours", 300).build());
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Test
    void followingNextLinkVisitsEveryTicketOnceAndEndsWithAnEmptyLink() {
        String url = stub.baseUrl() + "/tickets?page=1&itemsInPage=50";
        Set<Long> ids = new HashSet<>();
        int pages = 0;
        JsonNode last = null;
        while (!url.isEmpty()) {
            JsonNode page = StubHttp.json(StubHttp.get(stub, url, K));
            page.get("items").forEach(t -> ids.add(t.get("TicketID").asLong()));
            url = page.get("nextLink").asText();
            pages++;
            last = page;
        }
        assertThat(ids).hasSize(137);
        assertThat(pages).isEqualTo(3);
        assertThat(last.get("totalItemCount").asInt()).isEqualTo(137);
        assertThat(last.get("totalPages").asInt()).isEqualTo(3);
        assertThat(last.get("prevLink").asText()).isEqualTo(stub.baseUrl() + "/tickets?page=2&itemsInPage=50");
        assertThat(last.get("nextLink").asText()).isEmpty();
    }

    @Test
    void envelopeHasTheSpecFieldsAndDefaultPageSize20() {
        JsonNode page = StubHttp.json(StubHttp.get(stub, "/tickets", K));
        assertThat(page.fieldNames()).toIterable().containsExactly("items", "page", "itemsInPage", "totalItemCount",
                "totalPages", "prevLink", "nextLink");
        assertThat(page.get("items")).hasSize(20);
        assertThat(page.get("prevLink").asText()).isEmpty();
    }

    @Test
    void queryNamesAreCaseInsensitiveAndFiltersSurviveInLinks() {
        JsonNode page = StubHttp.json(StubHttp.get(stub, "/tickets?Page=2&ItemsInPage=5&ticketStatus=Open", K));
        assertThat(page.get("page").asInt()).isEqualTo(2);
        assertThat(page.get("itemsInPage").asInt()).isEqualTo(5);
        assertThat(page.get("items")).as("a loop over no items checks nothing").isNotEmpty();
        page.get("items").forEach(t -> assertThat(t.get("TicketStatus").asText()).isEqualTo("Open"));
        assertThat(page.get("nextLink").asText()).contains("page=3").contains("ticketStatus=Open");
    }

    @Test
    void overTheMaximumIsClampedByDefault() {
        JsonNode page = StubHttp.json(StubHttp.get(stub, "/tickets?itemsInPage=500", K));
        assertThat(page.get("itemsInPage").asInt()).isEqualTo(50);
        assertThat(page.get("items")).hasSize(50);
    }

    @Test
    void pastTheEndIs200WithNoItems() {
        HttpResponse<String> r = StubHttp.get(stub, "/tickets?page=99&itemsInPage=50", K);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode page = StubHttp.json(r);
        assertThat(page.get("items")).isEmpty();
        assertThat(page.get("totalItemCount").asInt()).isEqualTo(137);
        assertThat(page.get("nextLink").asText()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=0", "page=-1", "page=abc", "itemsInPage=0", "itemsInPage=x", "page=1.5"})
    void badPageParametersAre400ProblemDetails(String query) {
        HttpResponse<String> r = StubHttp.get(stub, "/tickets?" + query, K);
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode p = StubHttp.json(r);
        assertThat(p.get("status").asInt()).isEqualTo(400);
        assertThat(p.get("title").asText()).isEqualTo("Bad Request");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/alerts?alertStatus=Maybe", "/billing/invoices?invoiceDateFrom=yesterday",
        "/workhours?startWorkhour=2026-13-01", "/contacts?SortBy=Name", "/tickets?customerId=abc",
        "/tickets/abc", "/tickets?includeRelations=maybe"})
    void badFiltersAre400(String path) {
        assertThat(StubHttp.get(stub, path, K).statusCode()).isEqualTo(400);
    }

    @Test
    void filtersNarrowTheList() {
        JsonNode all = StubHttp.json(StubHttp.get(stub, "/alerts?itemsInPage=50", K));
        int total = all.get("totalItemCount").asInt();
        int sum = 0;
        for (String s : List.of("Open", "resolved", "SNOOZED")) {
            sum += StubHttp.json(StubHttp.get(stub, "/alerts?alertStatus=" + s, K)).get("totalItemCount").asInt();
        }
        assertThat(sum).isEqualTo(total);
        JsonNode byCustomer = StubHttp.json(StubHttp.get(stub, "/agents/customer/3?itemsInPage=50", K));
        assertThat(byCustomer.get("items")).as("a loop over no items checks nothing").isNotEmpty();
        assertThat(byCustomer.get("totalItemCount").asInt())
                .isLessThan(StubHttp.json(StubHttp.get(stub, "/agents", K)).get("totalItemCount").asInt());
        byCustomer.get("items").forEach(a -> assertThat(a.get("CustomerID").asLong()).isEqualTo(3));
        JsonNode comments = StubHttp.json(StubHttp.get(stub, "/tickets/1/comments?itemsInPage=50", K));
        assertThat(comments.get("totalItemCount").asInt()).isEqualTo(3); // 400 comments over 137 tickets
        JsonNode invoices = StubHttp.json(StubHttp.get(stub, "/billing/invoices?invoiceDateFrom=2026-01-01&invoiceDateTo=2026-01-31", K));
        assertThat(invoices.get("items")).as("a loop over no items checks nothing").isNotEmpty();
        invoices.get("items").forEach(i -> assertThat(i.get("InvoiceDate").asText()).startsWith("2026-01"));
    }

    @Test
    void everyPagedRouteAnswersWithItsConfiguredCount() {
        String[][] routes = {{"/tickets", "tickets"}, {"/tickets/noComments", "tickets"}, {"/agents", "agents"},
            {"/customers", "customers"}, {"/contacts", "contacts"}, {"/alerts", "alerts"}, {"/contracts", "contracts"},
            {"/departments", "departments"}, {"/billing/invoices", "invoices"}, {"/knowledgebases", "knowledgebases"},
            {"/rates/products", "products"}, {"/rates/expenses", "expenses"},
            {"/devices/genericdevices", "genericdevices"}, {"/devices/tcpdevices", "tcpdevices"},
            {"/devices/httpdevices", "httpdevices"}, {"/devices/snmpdevices", "snmpdevices"},
            {"/workhours", "workhours"}};
        for (String[] r : routes) {
            JsonNode page = StubHttp.json(StubHttp.get(stub, r[0], K));
            assertThat(page.get("totalItemCount").asInt()).as(r[0]).isEqualTo(stub.settings().dataSizes().get(r[1]));
        }
    }

    @Test
    void singleGetsAnswer404ForUnknownIds() {
        for (String p : List.of("/tickets/999999", "/agents/999999", "/customers/999999", "/alerts/999999",
                "/contacts/999999", "/rates/products/999999", "/devices/httpdevice/999999", "/tickets/999999/comments")) {
            HttpResponse<String> r = StubHttp.get(stub, p, K);
            assertThat(r.statusCode()).as(p).isEqualTo(404);
            assertThat(StubHttp.json(r).get("status").asInt()).isEqualTo(404);
        }
        assertThat(StubHttp.get(stub, "/tickets/7", K).statusCode()).isEqualTo(200);
        assertThat(StubHttp.get(stub, "/no/such/route", K).statusCode()).isEqualTo(404);
    }
}

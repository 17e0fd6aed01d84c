package dev.ateraharness.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.ateraharness.client.model.CreateTicket;
import dev.ateraharness.client.model.Ticket;
import dev.ateraharness.client.model.TicketPriority;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each status and error envelope maps to its typed exception; writes decode {@code ActionID}. */
class ErrorMappingAcceptanceTest {

    static WireMockServer server;
    AteraClient client;

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
        client = Stubs.client(server, 50, 50);
    }

    private void answer(int status, String contentType, String body) {
        var r = aResponse().withStatus(status).withBody(body);
        if (contentType != null) {
            r = r.withHeader("Content-Type", contentType);
        }
        server.stubFor(get(urlPathEqualTo("/api/v3/tickets/5")).willReturn(r));
    }

    private AteraApiException fail() {
        try {
            client.tickets().get(5);
        } catch (AteraApiException e) {
            assertThat(e.getMessage()).startsWith("GET /api/v3/tickets/5: ").doesNotContain(Stubs.KEY);
            return e;
        }
        throw new AssertionError("expected an AteraApiException");
    }

    @Test
    void badRequestProblemDetails() {
        answer(400, "application/problem+json", "{\"type\":\"https://tools.ietf.org/html/rfc9110#section-15.5.1\","
                + "\"title\":\"Bad Request\",\"status\":400,\"detail\":\"invalid date\",\"traceId\":\"00-1-2-00\"}");
        AteraApiException e = fail();
        assertThat(e).isInstanceOf(BadRequestException.class);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.error().title()).isEqualTo("Bad Request");
        assertThat(e.error().detail()).isEqualTo("invalid date");
        assertThat(e.getMessage()).contains("400 Bad Request: invalid date");
    }

    @Test
    void unauthorizedWithEmptyBody() {
        answer(401, null, "");
        AteraApiException e = fail();
        assertThat(e).isInstanceOf(UnauthorizedException.class);
        assertThat(e.error()).isEqualTo(ErrorDetail.EMPTY);
        assertThat(e.getMessage()).contains("401 (empty body)");
    }

    @Test
    void forbiddenWithPlainText() {
        answer(403, "text/plain", "Your plan does not include API access\n");
        AteraApiException e = fail();
        assertThat(e).isInstanceOf(ForbiddenException.class);
        assertThat(e.getMessage()).contains("403 Your plan does not include API access");
    }

    @Test
    void notFoundProblemDetailsWithNullDetail() {
        answer(404, "application/problem+json", "{\"title\":\"Not Found\",\"status\":404,\"detail\":null}");
        AteraApiException e = fail();
        assertThat(e).isInstanceOf(NotFoundException.class);
        assertThat(e.getMessage()).endsWith("404 Not Found");
    }

    @Test
    void conflictOnCreateAlert() {
        server.stubFor(post(urlPathEqualTo("/api/v3/alerts")).willReturn(aResponse().withStatus(409)
                .withBody("{\"title\":\"Conflict\",\"status\":409,\"detail\":\"alert exists\"}")));
        assertThatThrownBy(() -> client.alerts().create(java.util.Map.of("DeviceGuid", "g")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("POST /api/v3/alerts: 409 Conflict: alert exists");
    }

    @Test
    void tooManyRequestsSeedBodyWithRetryAfter() {
        server.stubFor(get(urlPathEqualTo("/api/v3/tickets/5")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "17")
                .withBody("{\"Message\":\"Rate limit exceeded.\",\"ErrorCode\":\"RATE_LIMIT\"}")));
        AteraApiException e = fail();
        assertThat(e).isInstanceOfSatisfying(RateLimitedException.class,
                r -> assertThat(r.retryAfter()).contains(Duration.ofSeconds(17)));
        assertThat(e.error().errorCode()).isEqualTo("RATE_LIMIT");
        assertThat(e.getMessage()).contains("429 Rate limit exceeded. [RATE_LIMIT]");
    }

    @Test
    void tooManyRequestsWithoutUsableRetryAfter() {
        server.stubFor(get(urlPathEqualTo("/api/v3/tickets/5")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "soon")));
        AteraApiException e = fail();
        assertThat(((RateLimitedException) e).retryAfter()).isEmpty();
    }

    @Test
    void serverErrorWithHtml() {
        answer(502, "text/html", "<html><body>Bad gateway</body></html>");
        AteraApiException e = fail();
        assertThat(e).isInstanceOf(ServerErrorException.class);
        assertThat(e.status()).isEqualTo(502);
        assertThat(e.error().rawBody()).contains("Bad gateway");
    }

    @Test
    void otherStatusIsTheGenericApiException() {
        answer(405, null, "");
        AteraApiException e = fail();
        assertThat(e.getClass()).isEqualTo(AteraApiException.class);
        assertThat(e.status()).isEqualTo(405);
    }

    @Test
    void anEchoedKeyIsScrubbedFromTheMessage() {
        answer(400, "application/json", "{\"Message\":\"bad key " + Stubs.KEY + "\"}");
        AteraApiException e = fail();
        assertThat(e.getMessage()).contains("****wxyz").doesNotContain(Stubs.KEY);
        assertThat(e.error().rawBody()).doesNotContain(Stubs.KEY);
    }

    @Test
    void malformedSuccessBody() {
        answer(200, "application/json", "{\"TicketID\": [not json");
        assertThatThrownBy(() -> client.tickets().get(5)).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("GET /api/v3/tickets/5").hasMessageNotContaining(Stubs.KEY);
    }

    @Test
    void connectionResetIsATransportFailure() {
        server.stubFor(get(urlPathEqualTo("/api/v3/tickets/5")).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> client.tickets().get(5)).isInstanceOfSatisfying(AteraTransportException.class,
                e -> assertThat(e.isTimeout()).isFalse()).hasMessageContaining("GET /api/v3/tickets/5");
    }

    @Test
    void getDecodesTicketAndUnknownEnumValuesSurvive() {
        answer(200, "application/json", "{\"TicketID\":5,\"TicketPriority\":\"Urgent\",\"NewField\":1,"
                + "\"CustomerID\":3}");
        Ticket t = client.tickets().get(5);
        assertThat(t.ticketID()).isEqualTo(5L);
        assertThat(t.ticketPriority()).isEqualTo("Urgent");
        assertThat(t.ticketPriorityEnum()).isEqualTo(TicketPriority.UNKNOWN);
    }

    @Test
    void createAcceptsActionIdAsStringOrNumberAndSendsOnlySetFields() {
        server.stubFor(post(urlPathEqualTo("/api/v3/tickets")).willReturn(aResponse().withStatus(201)
                .withBody("{\"ActionID\":\"54321\"}")));
        server.stubFor(post(urlPathEqualTo("/api/v3/customers")).willReturn(aResponse().withStatus(201)
                .withBody("{\"ActionID\":987}")));
        CreateTicket body = new CreateTicket("Printer", "It jams", TicketPriority.HIGH.wire(), null, null, null,
                12L, null, null, null, null, null, null);
        assertThat(client.tickets().create(body).actionIdAsLong()).hasValue(54321L);
        assertThat(client.customers().create(java.util.Map.of("CustomerName", "Acme")).actionId()).isEqualTo("987");
        server.verify(postRequestedFor(urlPathEqualTo("/api/v3/tickets")).withRequestBody(equalToJson(
                "{\"TicketTitle\":\"Printer\",\"Description\":\"It jams\",\"TicketPriority\":\"High\","
                        + "\"EndUserID\":12}")));
    }

    @Test
    void resolveAlertIsAnEmptyPutAndDeletesReturnNoContent() {
        server.stubFor(put(urlPathEqualTo("/api/v3/alerts/9")).willReturn(aResponse().withStatus(204)));
        server.stubFor(delete(urlPathEqualTo("/api/v3/alerts/9")).willReturn(aResponse().withStatus(204)));
        server.stubFor(delete(urlPathEqualTo("/api/v3/rates/products/3")).willReturn(aResponse().withStatus(204)));
        server.stubFor(put(urlPathEqualTo("/api/v3/rates/expenses/4")).willReturn(aResponse().withStatus(200)
                .withBody("{\"ActionID\":null}")));
        client.alerts().resolve(9);
        client.alerts().delete(9);
        client.productRates().delete(3);
        assertThat(client.expenseRates().update(4, java.util.Map.of("Amount", 2.5)).id()).isEmpty();
        server.verify(putRequestedFor(urlPathEqualTo("/api/v3/alerts/9")).withHeader("X-API-KEY",
                equalTo(Stubs.KEY)));
    }
}

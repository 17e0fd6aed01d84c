package dev.ateraharness.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code atera-harness sync} in-process against WireMock: output, exit codes, summary file, no key anywhere. */
class SyncCommandAcceptanceTest {

    static final String KEY = "cli-key-9f8e7d6c5b4a-SECRET-qrst";
    static WireMockServer server;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
    }

    private int run(Map<String, String> env, String... args) {
        CommandLine cl = AteraHarness.commandLine();
        ((SyncCommand) cl.getSubcommands().get("sync").getCommand()).environment(env);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        assertThat(out.toString() + err).doesNotContain(KEY).doesNotContain("SECRET");
        return code;
    }

    private int run(String... args) {
        return run(Map.of("ATERA_API_KEY", KEY), args);
    }

    private String base() {
        return "http://127.0.0.1:" + server.port() + "/api/v3";
    }

    private static String envelope(String items, int page, int total, int pages, String next) {
        return "{\"items\":[" + items + "],\"page\":" + page + ",\"itemsInPage\":2,\"totalItemCount\":" + total
                + ",\"totalPages\":" + pages + ",\"prevLink\":\"\",\"nextLink\":\"" + next + "\"}";
    }

    @Test
    void syncsEntitiesPrintsCountsAndWritesTheSummary(@TempDir Path dir) throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v3/tickets")).withQueryParam("page", equalTo("1")).willReturn(
                okJson(envelope("{\"TicketID\":1},{\"TicketID\":2}", 1, 3, 2, base() + "/tickets?page=2&itemsInPage=2"))));
        server.stubFor(get(urlPathEqualTo("/api/v3/tickets")).withQueryParam("page", equalTo("2")).willReturn(
                okJson(envelope("{\"TicketID\":3}", 2, 3, 2, ""))));
        // the server's count is off by one: the difference is reported, not hidden
        server.stubFor(get(urlPathEqualTo("/api/v3/agents")).willReturn(
                okJson(envelope("{\"MachineID\":\"m1\"}", 1, 2, 1, ""))));
        Path summary = dir.resolve("out/summary.json");

        int code = run("sync", "--base-url", base(), "--entity", "tickets,agents", "--items-in-page", "2",
                "--summary", summary.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("tickets: items=3 pages=2 requests=2")
                .contains("totalItemCount=3 difference=0")
                .contains("agents: items=1 pages=1 requests=1").contains("totalItemCount=2 difference=-1");
        JsonNode json = new ObjectMapper().readTree(summary.toFile());
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("entity").asText()).isEqualTo("tickets");
        assertThat(json.get(0).get("itemsSeen").asInt()).isEqualTo(3);
        assertThat(json.get(0).get("totalItemCount").asInt()).isEqualTo(3);
        assertThat(json.get(0).get("pages").asInt()).isEqualTo(2);
        assertThat(json.get(0).get("requests").asInt()).isEqualTo(2);
        assertThat(json.get(1).get("difference").asInt()).isEqualTo(-1);
        assertThat(Files.readString(summary)).doesNotContain(KEY);
        server.verify(getRequestedFor(urlPathEqualTo("/api/v3/agents")).withHeader("X-API-KEY", equalTo(KEY)));
    }

    @Test
    void keyFileIsAnAlternativeToTheEnvironment(@TempDir Path dir) throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v3/departments")).willReturn(okJson(envelope("", 1, 0, 0, ""))));
        Path keyFile = dir.resolve("key");
        Files.writeString(keyFile, "# my key\n" + KEY + "\n");
        assertThat(run(Map.of(), "sync", "--base-url", base(), "--entity", "departments", "--key-file",
                keyFile.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("departments: items=0 pages=1");
    }

    @Test
    void unauthorizedExitsThreeWithOneLine() {
        server.stubFor(get(urlPathEqualTo("/api/v3/tickets")).willReturn(aResponse().withStatus(401)));
        assertThat(run("sync", "--base-url", base(), "--entity", "tickets")).isEqualTo(ExitCodes.AUTH);
        assertThat(err.toString().strip().lines()).singleElement().asString()
                .startsWith("error: tickets: GET /api/v3/tickets: 401");
    }

    @Test
    void forbiddenExitsThree() {
        server.stubFor(get(urlPathEqualTo("/api/v3/agents")).willReturn(aResponse().withStatus(403)));
        assertThat(run("sync", "--base-url", base(), "--entity", "agents")).isEqualTo(ExitCodes.AUTH);
    }

    @Test
    void serverErrorExitsFour() {
        server.stubFor(get(urlPathEqualTo("/api/v3/tickets")).willReturn(aResponse().withStatus(500)
                .withBody("{\"Message\":\"boom " + KEY + "\"}")));
        // retried once (--max-attempts 2 keeps the test short), then mapped
        assertThat(run("sync", "--base-url", base(), "--entity", "tickets", "--max-attempts", "2"))
                .isEqualTo(ExitCodes.API);
        assertThat(err.toString()).contains("500 boom ****qrst");
        server.verify(2, getRequestedFor(urlPathEqualTo("/api/v3/tickets")));
    }

    @Test
    void transportFailureExitsFive() {
        server.stubFor(get(urlPathEqualTo("/api/v3/tickets")).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThat(run("sync", "--base-url", base(), "--entity", "tickets", "--max-attempts", "2"))
                .isEqualTo(ExitCodes.TRANSPORT);
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run(Map.of(), "sync", "--base-url", base(), "--entity", "tickets")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("no API key");
        assertThat(run("sync", "--base-url", base(), "--entity", "bogus")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("sync", "--base-url", base(), "--entity", "ticket-comments")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("sync", "--base-url", "ftp://x", "--entity", "tickets")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("sync", "--entity", "tickets", "--items-in-page", "0")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("sync")).isEqualTo(ExitCodes.USAGE);
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void longSyncsShowAProgressBarOnStderr() {
        for (int p = 1; p <= 8; p++) {
            server.stubFor(get(urlPathEqualTo("/api/v3/customers")).withQueryParam("page", equalTo("" + p))
                    .willReturn(okJson(envelope("{\"CustomerID\":" + p + "}", p, 8, 8,
                            p < 8 ? base() + "/customers?page=" + (p + 1) + "&itemsInPage=2" : ""))));
        }
        assertThat(run("sync", "--base-url", base(), "--entity", "customers", "--items-in-page", "2"))
                .isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("customers: items=8 pages=8");
        assertThat(err.toString()).contains("customers").contains("8/8");
    }

    @Test
    void aListingThatClaimsAMillionPagesButReturnsNoItemsIsNotASuccess(@TempDir Path dir) throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v3/tickets")).willReturn(
                okJson(envelope("", 1, 2_000_000_000, 1_000_000_000, base() + "/tickets?page=2&itemsInPage=2"))));
        Path summary = dir.resolve("summary.json");
        assertThat(run("sync", "--base-url", base(), "--entity", "tickets", "--summary", summary.toString()))
                .isEqualTo(ExitCodes.API);
        assertThat(err.toString()).contains("error: tickets:").contains("page 1 is empty")
                .contains("totalPages=1000000000").contains("ended with 0 items").contains("not reported as complete");
        assertThat(out.toString()).doesNotContain("tickets: items=0");
        assertThat(new ObjectMapper().readTree(summary.toFile())).as("no summary row for a truncated sync").isEmpty();
    }

    @Test
    void aRetryAfterOverTheCapSaysTheClientDidNotWaitAndWhy() {
        server.stubFor(get(urlPathEqualTo("/api/v3/tickets")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "3600")));
        assertThat(run("sync", "--base-url", base(), "--entity", "tickets")).isEqualTo(ExitCodes.API);
        assertThat(err.toString()).contains("error: tickets:").contains("429")
                .contains("did not wait: the server asked to retry after 3600 s (Retry-After), over the client's "
                        + "cap of 300 s");
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v3/tickets")));
    }

    @Test
    void aResponseOverMaxResponseSizeExitsFourNamingTheLimit() {
        server.stubFor(get(urlPathEqualTo("/api/v3/tickets")).willReturn(okJson(envelope(
                "{\"TicketID\":1,\"TicketTitle\":\"" + "x".repeat(3000) + "\"}", 1, 1, 1, ""))));
        assertThat(run("sync", "--base-url", base(), "--entity", "tickets", "--max-response-size", "2KiB"))
                .isEqualTo(ExitCodes.API);
        assertThat(err.toString()).contains("over the maximum response size of 2 KiB");
        assertThat(run("sync", "--base-url", base(), "--entity", "tickets", "--max-response-size", "4KiB"))
                .isEqualTo(ExitCodes.OK);
        assertThat(run("sync", "--base-url", base(), "--entity", "tickets", "--max-response-size", "lots"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run("sync", "--base-url", base(), "--entity", "tickets", "--max-response-size", "3GiB"))
                .isEqualTo(ExitCodes.USAGE);
    }
}

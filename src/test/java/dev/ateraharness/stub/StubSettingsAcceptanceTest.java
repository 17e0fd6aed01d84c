package dev.ateraharness.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ateraharness.limit.Algorithm;
import dev.ateraharness.secret.ApiKeys;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles, auth, 429 bodies and rate headers, page-size policy, settings files, admin API, arrival exports. */
class StubSettingsAcceptanceTest {

    private static StubSettings.Builder small() {
        return StubHttp.tiny(StubSettings.builder()).key("k").dataSize("tickets", 60);
    }

    @Test
    void missingOrUnknownKeyIs401WithAnEmptyBodyAndBearerIsAccepted() {
        try (AteraStub stub = AteraStub.start(small().build())) {
            HttpResponse<String> none = StubHttp.get(stub, "/tickets", null);
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.body()).isEmpty();
            assertThat(none.headers().firstValue("WWW-Authenticate")).isEmpty();
            assertThat(StubHttp.get(stub, "/tickets", "wrong").statusCode()).isEqualTo(401);
            HttpResponse<String> bearer = StubHttp.send(HttpRequest.newBuilder(URI.create(stub.baseUrl() + "/tickets"))
                    .header("Authorization", "Bearer k").build());
            assertThat(bearer.statusCode()).isEqualTo(200);
            List<ArrivalRecord> log = stub.arrivals().snapshot();
            assertThat(log).extracting(ArrivalRecord::key).containsExactly("-", ApiKeys.fingerprint("wrong"), ApiKeys.fingerprint("k"));
            assertThat(log).extracting(ArrivalRecord::status).containsExactly(401, 401, 200);
        }
    }

    @Test
    void seedProfileUsesTotalItemsMessageErrorsAndXRateLimitHeaders() {
        try (AteraStub stub = AteraStub.start(StubHttp.tiny(StubSettings.builder()).applyProfile(Profile.SEED).key("k").limit(3)
                .window(Duration.ofSeconds(30)).dataSize("tickets", 60).build())) {
            HttpResponse<String> r = StubHttp.get(stub, "/tickets?itemsInPage=50", "k");
            JsonNode page = StubHttp.json(r);
            assertThat(page.fieldNames()).toIterable().containsExactly("items", "totalItems", "page", "itemsInPage", "totalPages");
            assertThat(page.get("totalItems").asInt()).isEqualTo(60);
            assertThat(r.headers().firstValue("X-RateLimit-Limit")).contains("3");
            assertThat(r.headers().firstValue("X-RateLimit-Remaining")).contains("2");
            assertThat(Long.parseLong(r.headers().firstValue("X-RateLimit-Reset").orElseThrow())).isBetween(1L, 30L);
            JsonNode notFound = StubHttp.json(StubHttp.get(stub, "/tickets/99999", "k"));
            assertThat(notFound.fieldNames()).toIterable().containsExactly("Message", "ErrorCode");
            StubHttp.get(stub, "/tickets", "k");
            HttpResponse<String> limited = StubHttp.get(stub, "/tickets", "k");
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(StubHttp.json(limited).get("Message").asText()).contains("Rate limit exceeded");
            assertThat(limited.headers().firstValue("X-RateLimit-Remaining")).contains("0");
            assertThat(limited.headers().firstValue("Retry-After")).isPresent();
            assertThat(StubHttp.get(stub, "/tickets", null).body()).contains("Message");
        }
    }

    @Test
    void ietfHeadersAndProblemDetails429() {
        try (AteraStub stub = AteraStub.start(small().limit(1).window(Duration.ofSeconds(20))
                .rateHeaders(RateHeaderStyle.IETF).rateLimitBody(RateLimitBody.PROBLEM_DETAILS).build())) {
            HttpResponse<String> ok = StubHttp.get(stub, "/tickets", "k");
            assertThat(ok.headers().firstValue("RateLimit-Policy")).contains("\"default\";q=1;w=20");
            assertThat(ok.headers().firstValue("RateLimit").orElseThrow()).startsWith("\"default\";r=0;t=");
            HttpResponse<String> limited = StubHttp.get(stub, "/tickets", "k");
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(StubHttp.json(limited).get("status").asInt()).isEqualTo(429);
            assertThat(limited.headers().firstValue("X-RateLimit-Limit")).isEmpty();
        }
    }

    @Test
    void overMaxCanBeRejectedAndTheMaximumRaisedForTheOlderApi() {
        try (AteraStub stub = AteraStub.start(small().overMaxPolicy(OverMaxPolicy.REJECT_400).build())) {
            assertThat(StubHttp.get(stub, "/tickets?itemsInPage=51", "k").statusCode()).isEqualTo(400);
            assertThat(StubHttp.get(stub, "/tickets?itemsInPage=50", "k").statusCode()).isEqualTo(200);
        }
        try (AteraStub stub = AteraStub.start(small().maxItemsInPage(500).build())) {
            JsonNode page = StubHttp.json(StubHttp.get(stub, "/tickets?itemsInPage=500", "k"));
            assertThat(page.get("items")).hasSize(60);
            assertThat(page.get("itemsInPage").asInt()).isEqualTo(500);
        }
    }

    @Test
    void dataIsDeterministicForASeedAndChangesWithIt() {
        String a;
        String b;
        String c;
        try (AteraStub stub = AteraStub.start(small().seed(1).build())) {
            a = StubHttp.get(stub, "/tickets/5", "k").body();
        }
        try (AteraStub stub = AteraStub.start(small().seed(1).build())) {
            b = StubHttp.get(stub, "/tickets/5", "k").body();
        }
        try (AteraStub stub = AteraStub.start(small().seed(2).build())) {
            c = StubHttp.get(stub, "/tickets/5", "k").body();
        }
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    static final String TOKEN = "settings-test-admin-token-0001";
    static final HttpDoorOptions ADMIN = HttpDoorOptions.closed().withAdminToken(TOKEN);

    /** An admin API call with the token, as the CLI's --admin-token-file would allow. */
    static HttpResponse<String> admin(AteraStub stub, String method, String url, String body) {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .timeout(java.time.Duration.ofSeconds(30)).header("Authorization", "Bearer " + TOKEN)
                .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return StubHttp.send(b.build());
    }

    @Test
    void adminApiReadsAndPatchesSettingsAndExportsAndResetsArrivals() {
        try (AteraStub stub = AteraStub.start(small().build(), null, ADMIN)) {
            String admin = stub.baseUrl().replace("/api/v3", "/__admin/atera");
            JsonNode s = StubHttp.json(admin(stub, "GET", admin + "/settings", null));
            assertThat(s.get("limit").asInt()).isEqualTo(700);
            assertThat(s.toString()).doesNotContain("\"k\"").contains(ApiKeys.fingerprint("k"));
            HttpResponse<String> patched = admin(stub, "POST", admin + "/settings",
                    "{\"limit\":2,\"window\":\"30s\",\"algorithm\":\"fixed-window\",\"rateHeaders\":\"x-ratelimit\"}");
            assertThat(patched.statusCode()).isEqualTo(200);
            assertThat(stub.settings().limit()).isEqualTo(2);
            assertThat(stub.settings().algorithm()).isEqualTo(Algorithm.FIXED_WINDOW);
            assertThat(admin(stub, "POST", admin + "/settings", "{\"limit\":\"many\"}").statusCode()).isEqualTo(400);
            assertThat(admin(stub, "POST", admin + "/settings", "{\"nonsense\":1}").statusCode()).isEqualTo(400);
            HttpResponse<String> first = StubHttp.get(stub, "/tickets", "k");
            assertThat(first.headers().firstValue("X-RateLimit-Limit")).contains("2");

            String csv = admin(stub, "GET", admin + "/arrivals?format=csv", null).body();
            assertThat(csv.lines().findFirst()).contains(ArrivalRecorder.CSV_HEADER);
            assertThat(csv.lines().count()).isEqualTo(2);
            assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z," + ApiKeys.fingerprint("k") + ",GET,/api/v3/tickets,200,");
            String jsonl = admin(stub, "GET", admin + "/arrivals?format=jsonl", null).body();
            JsonNode row = StubHttp.json(jsonl.lines().findFirst().orElseThrow());
            assertThat(row.get("status").asInt()).isEqualTo(200);
            assertThat(row.get("retry_after_s").isNull()).isTrue();
            assertThat(admin(stub, "DELETE", admin + "/arrivals", null).statusCode()).isEqualTo(200);
            assertThat(stub.arrivals().size()).isZero();
            StubHttp.get(stub, "/tickets", "k");
            assertThat(admin(stub, "POST", admin + "/arrivals/reset", null).statusCode()).isEqualTo(200);
            assertThat(stub.arrivals().size()).isZero();
        }
    }

    @Test
    void wiremockResetClearsArrivalsAndKeepsTheRoutes() {
        try (AteraStub stub = AteraStub.start(small().build(), null, ADMIN)) {
            StubHttp.get(stub, "/tickets", "k");
            String admin = stub.baseUrl().replace("/api/v3", "/__admin/reset");
            assertThat(admin(stub, "POST", admin, null).statusCode()).isEqualTo(200);
            assertThat(stub.arrivals().size()).isZero();
            HttpResponse<String> after = StubHttp.get(stub, "/tickets", "k");
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.body()).contains("totalItemCount");
        }
    }

    @Test
    void settingsFilesLoadWithProfileDefaultsAndRejectTypos(@TempDir Path dir) throws IOException {
        Path shipped = Path.of("stubs");
        StubSettings spec = StubSettings.load(shipped.resolve("spec.json"));
        assertThat(spec.profile()).isEqualTo(Profile.SPEC);
        assertThat(spec.dataSizes().get("tickets")).isEqualTo(2847);
        StubSettings seed = StubSettings.load(shipped.resolve("seed.json"));
        assertThat(seed.rateHeaders()).isEqualTo(RateHeaderStyle.X_RATELIMIT);
        assertThat(seed.rateLimitBody()).isEqualTo(RateLimitBody.MESSAGE);
        FaultSettings faults = dev.ateraharness.stub.internal.SettingsJson.readFaults(shipped.resolve("faults.example.json"));
        assertThat(faults.ruleFor("/tickets").error502()).isEqualTo(0.02);
        assertThat(faults.ruleFor("/agents").error500()).isEqualTo(0.01);
        assertThat(dev.ateraharness.stub.internal.SettingsJson.readKeys(shipped.resolve("keys.example.json"))).hasSize(3);

        Path custom = dir.resolve("s.json");
        Files.writeString(custom, "{\"profile\":\"seed\",\"limit\":5,\"window\":\"2s\",\"algorithm\":\"token-bucket\","
                + "\"rateHeaders\":\"ietf\",\"dataSizes\":{\"tickets\":10},\"keys\":{\"abc\":[\"read\"]}}");
        StubSettings s = StubSettings.load(custom);
        assertThat(s.profile()).isEqualTo(Profile.SEED);
        assertThat(s.rateLimitBody()).isEqualTo(RateLimitBody.MESSAGE);
        assertThat(s.rateHeaders()).isEqualTo(RateHeaderStyle.IETF);
        assertThat(s.window()).isEqualTo(Duration.ofSeconds(2));
        assertThat(s.dataSizes().get("tickets")).isEqualTo(10);
        assertThat(s.keys().get("abc")).containsExactly(Permission.READ);
        assertThat(s.toString()).doesNotContain("abc");
        Files.writeString(custom, "{\"limitt\":5}");
        assertThatThrownBy(() -> StubSettings.load(custom)).hasMessageContaining("limitt");
        Files.writeString(custom, "{\"window\":\"soon\"}");
        assertThatThrownBy(() -> StubSettings.load(custom)).hasMessageContaining("soon");
    }

    @Test
    void arrivalLogExportsCsvAndJsonLinesAndIsCompact(@TempDir Path dir) throws IOException {
        ArrivalRecorder log = new ArrivalRecorder();
        log.append(1_767_225_600_123_456L, "abc", "GET", "/api/v3/tickets", 429, 7);
        log.append(1_767_225_600_200_000L, "-", "POST", "/api/v3/tickets", 201, -1);
        Path csv = dir.resolve("a.csv");
        log.writeCsv(csv);
        assertThat(Files.readAllLines(csv)).containsExactly(ArrivalRecorder.CSV_HEADER,
                "2026-01-01T00:00:00.123456Z,abc,GET,/api/v3/tickets,429,7",
                "2026-01-01T00:00:00.200000Z,-,POST,/api/v3/tickets,201,");
        Path jsonl = dir.resolve("a.jsonl");
        log.writeJsonLines(jsonl);
        assertThat(Files.readAllLines(jsonl).get(0)).isEqualTo("{\"timestamp\":\"2026-01-01T00:00:00.123456Z\","
                + "\"key\":\"abc\",\"method\":\"GET\",\"path\":\"/api/v3/tickets\",\"status\":429,\"retry_after_s\":7}");
        for (int i = 0; i < 200_000; i++) {
            log.append(i, "k" + (i % 3), "GET", "/api/v3/tickets", 200, -1);
        }
        assertThat(log.size()).isEqualTo(200_002);
        assertThat(log.snapshot().get(200_001).key()).isEqualTo("k" + (199_999 % 3));
        log.reset();
        assertThat(log.size()).isZero();
    }
}

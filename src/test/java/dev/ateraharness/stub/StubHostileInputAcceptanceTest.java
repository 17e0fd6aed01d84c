package dev.ateraharness.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The stub's HTTP door under generated bad requests (raw sockets to a real stub on 127.0.0.1): every answer a 4xx
 * (or the 2xx that HEAD and OPTIONS earn) in the profile's envelope, never a 5xx, never a stack trace or a class or
 * library name, never a CORS header, 405 always with Allow. The examples pin the admin API, CORS, the limits and
 * the method rules one by one.
 */
class StubHostileInputAcceptanceTest {

    static final String KEY = "hostile-input-key-0001";
    static final String TOKEN = "admin-token-for-tests-0123456789";
    private static AteraStub stub;
    private static HostileRequests requests;
    private static final Set<HostileRequests.Kind> SEEN = EnumSet.noneOf(HostileRequests.Kind.class);

    @BeforeContainer
    static void start() {
        stub = AteraStub.start(StubHttp.tiny(StubSettings.builder()).key(KEY).limit(1_000_000).port(0).build());
        requests = new HostileRequests(stub.port(), KEY);
    }

    @AfterContainer
    static void stop() {
        stub.close();
        // a property that never generated some kind would pass without checking it
        assertThat(SEEN).isEqualTo(EnumSet.allOf(HostileRequests.Kind.class));
    }

    @Property(tries = 400, seed = "4242")
    void everyBadRequestGetsAnEnvelope4xxWithoutLeaks(@ForAll long seed) {
        HostileRequests.Probe p = requests.next(new Random(seed));
        SEEN.add(p.kind());
        RawHttp.Answer a = RawHttp.send(stub.port(), p.bytes());
        HostileRequests.Verdict v = requests.judge(p, a);
        assertThat(v.ok()).as("%s -> %d %s %s %s", p.preview(), a.status(), a.headers(),
                a.text().substring(0, Math.min(300, a.text().length())), v).isTrue();
    }

    @Example
    void adminApiIsClosedWithoutATokenAndSendsNoCors() {
        for (String path : new String[] {"/__admin/atera/settings", "/__admin/mappings", "/__admin/shutdown"}) {
            RawHttp.Answer a = RawHttp.send(stub.port(), "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Origin: https://evil.example\r\nConnection: close\r\n\r\n");
            assertThat(a.status()).isEqualTo(401);
            assertThat(a.header("www-authenticate")).startsWith("Bearer");
            assertThat(a.headers().keySet()).noneMatch(h -> h.startsWith("access-control-"));
            assertThat(StubHttp.json(a.text()).get("detail").asText()).contains("admin API is off");
        }
        // a preflight from a page gets nothing it could use either
        RawHttp.Answer pre = RawHttp.send(stub.port(), "OPTIONS /__admin/mappings HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Origin: https://evil.example\r\nAccess-Control-Request-Method: POST\r\nConnection: close\r\n\r\n");
        assertThat(pre.status()).isEqualTo(401);
        assertThat(pre.headers().keySet()).noneMatch(h -> h.startsWith("access-control-"));
        assertThat(stub.settings().limit()).isEqualTo(1_000_000);
    }

    @Example
    void withATokenTheAdminApiWorksButNeverProxiesWritesFilesOrEchoesOrigins() throws Exception {
        HttpDoorOptions door = HttpDoorOptions.closed().withAdminToken(TOKEN).withCorsOrigin("http://localhost:3000");
        try (AteraStub s = AteraStub.start(StubHttp.tiny(StubSettings.builder()).key(KEY).port(0).build(), null, door)) {
            int port = s.port();
            assertThat(get(port, "/__admin/atera/settings", "Bearer wrong-token-wrong-token").status()).isEqualTo(401);
            RawHttp.Answer ok = get(port, "/__admin/atera/settings", "Bearer " + TOKEN);
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.text()).contains("\"limit\"").doesNotContain(KEY);
            assertThat(ok.headers().keySet()).noneMatch(h -> h.startsWith("access-control-"));
            RawHttp.Answer fromAllowed = RawHttp.send(port, "GET /__admin/atera/arrivals/count HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Bearer " + TOKEN + "\r\nOrigin: http://localhost:3000\r\nConnection: close\r\n\r\n");
            assertThat(fromAllowed.header("access-control-allow-origin")).isEqualTo("http://localhost:3000");
            assertThat(fromAllowed.header("access-control-allow-credentials")).isNull();
            RawHttp.Answer fromOther = RawHttp.send(port, "GET /__admin/atera/arrivals/count HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Bearer " + TOKEN + "\r\nOrigin: http://localhost:3001\r\nConnection: close\r\n\r\n");
            assertThat(fromOther.status()).isEqualTo(200);
            assertThat(fromOther.headers().keySet()).noneMatch(h -> h.startsWith("access-control-"));

            String proxy = "{\"request\":{\"urlPattern\":\"/api/v3/.*\"},\"response\":{\"proxyBaseUrl\":\"http://127.0.0.1:9\"}}";
            assertThat(post(port, "/__admin/mappings", proxy).status()).isEqualTo(403);
            String persistent = "{\"request\":{\"url\":\"/x\"},\"response\":{\"status\":200},\"persistent\":true}";
            assertThat(post(port, "/__admin/mappings", persistent).status()).isEqualTo(403);
            assertThat(post(port, "/__admin/mappings/save", "").status()).isEqualTo(403);
            assertThat(post(port, "/__admin/recordings/start", "{\"targetBaseUrl\":\"http://127.0.0.1:9\"}").status()).isEqualTo(403);
            assertThat(RawHttp.send(port, "PUT /__admin/files/evil.json HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + TOKEN + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}").status()).isEqualTo(403);

            RawHttp.Answer bye = post(port, "/__admin/shutdown", "");
            assertThat(bye.status()).isEqualTo(200);
            Thread waiter = new Thread(() -> {
                try {
                    s.awaitClosed();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            waiter.start();
            waiter.join(TimeUnit.SECONDS.toMillis(10));
            assertThat(waiter.isAlive()).as("a shutdown through the admin API closes the stub").isFalse();
        }
    }

    @Example
    void keyIsCheckedBeforeTheBodyAndBodiesAreBoundedOnTheWireAndDecoded() {
        byte[] bomb = HostileRequests.gzipZeros(64L << 20);
        assertThat(bomb.length).isLessThan(1 << 20);
        String head = "POST /api/v3/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Encoding: gzip\r\nContent-Length: " + bomb.length + "\r\nConnection: close\r\n";
        RawHttp.Answer noKey = RawHttp.send(stub.port(), concat((head + "\r\n").getBytes(StandardCharsets.UTF_8), bomb));
        assertThat(noKey.status()).isEqualTo(401);
        RawHttp.Answer withKey = RawHttp.send(stub.port(), concat((head + "X-API-KEY: " + KEY + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8), bomb));
        assertThat(withKey.status()).isEqualTo(413);
        assertThat(StubHttp.json(withKey.text()).get("detail").asText()).contains("once decoded");
        RawHttp.Answer brotli = RawHttp.send(stub.port(), "POST /api/v3/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-KEY: " + KEY
                + "\r\nContent-Type: application/json\r\nContent-Encoding: br\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        assertThat(brotli.status()).isEqualTo(415);
        byte[] small = gzip("{\"TicketTitle\":\"zipped\",\"Description\":\"d\",\"TicketPriority\":\"Low\",\"TicketImpact\":\"Minor\","
                + "\"TicketStatus\":\"Open\",\"TicketType\":\"Problem\",\"EndUserID\":1}");
        RawHttp.Answer zipped = RawHttp.send(stub.port(), concat(("POST /api/v3/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-KEY: "
                + KEY + "\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: " + small.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8), small));
        assertThat(zipped.status()).as(zipped.text()).isLessThan(500).isNotIn(413, 415);
    }

    @Example
    void methodsFollowHttpSemantics() {
        RawHttp.Answer head = RawHttp.send(stub.port(), "HEAD /api/v3/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-KEY: " + KEY
                + "\r\nConnection: close\r\n\r\n");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        RawHttp.Answer options = RawHttp.send(stub.port(), "OPTIONS /api/v3/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-KEY: "
                + KEY + "\r\nConnection: close\r\n\r\n");
        assertThat(options.status()).isEqualTo(204);
        assertThat(options.header("allow")).contains("GET").contains("HEAD").contains("POST").contains("OPTIONS");
        RawHttp.Answer wrong = RawHttp.send(stub.port(), "PATCH /api/v3/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-KEY: "
                + KEY + "\r\nConnection: close\r\n\r\n");
        assertThat(wrong.status()).isEqualTo(405);
        assertThat(wrong.header("allow")).isEqualTo(options.header("allow"));
        for (String m : new String[] {"TRACE", "CONNECT"}) {
            RawHttp.Answer a = RawHttp.send(stub.port(), m + " /api/v3/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(a.status()).as(m).isEqualTo(405);
            assertThat(a.header("allow")).as(m).isEqualTo(options.header("allow"));
        }
        RawHttp.Answer png = RawHttp.send(stub.port(), "POST /api/v3/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-KEY: " + KEY
                + "\r\nContent-Type: image/png\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        assertThat(png.status()).isEqualTo(415);
        RawHttp.Answer arabic = RawHttp.send(stub.port(), "GET /api/v3/tickets?page=%D9%A3 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "X-API-KEY: " + KEY + "\r\nConnection: close\r\n\r\n");
        assertThat(arabic.status()).isEqualTo(400);
        RawHttp.Answer badJson = RawHttp.send(stub.port(), "POST /api/v3/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-KEY: " + KEY
                + "\r\nContent-Type: application/json\r\nContent-Length: 1\r\nConnection: close\r\n\r\n{");
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.text()).doesNotContain("Feature").doesNotContain("Source").contains("line 1");
    }

    @Example
    void jettyLevelErrorsUseTheEnvelope() {
        for (String target : new String[] {"/api/v3/tickets%zz", "/api/v3/%00", "/../../x", "/api/v3/tickets?x=" + "a".repeat(20_000)}) {
            RawHttp.Answer a = RawHttp.send(stub.port(), "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-KEY: " + KEY
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(a.status()).as(target.substring(0, Math.min(60, target.length()))).isBetween(400, 499);
            assertThat(HostileRequests.envelope(a)).as(target + " " + a.text()).isTrue();
        }
        RawHttp.Answer big = RawHttp.send(stub.port(), "GET /api/v3/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: "
                + "x".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        assertThat(big.status()).isEqualTo(431);
        assertThat(HostileRequests.envelope(big)).as(big.text()).isTrue();
        RawHttp.Answer chunks = RawHttp.send(stub.port(), "POST /api/v3/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-KEY: " + KEY
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
        assertThat(chunks.status()).isEqualTo(400);
        assertThat(HostileRequests.envelope(chunks)).as(chunks.text()).isTrue();
    }

    @Example
    void aBodyRefusedAtTheDoorStillCountsForItsKeyAndIsLogged() {
        try (AteraStub s = AteraStub.start(StubHttp.tiny(StubSettings.builder()).key(KEY).limit(2).port(0).build())) {
            String br = "POST /api/v3/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-KEY: " + KEY + "\r\nContent-Type: "
                    + "application/json\r\nContent-Encoding: br\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
            assertThat(RawHttp.send(s.port(), br).status()).isEqualTo(415);
            assertThat(RawHttp.send(s.port(), br).status()).isEqualTo(415);
            RawHttp.Answer third = RawHttp.send(s.port(), br);
            assertThat(third.status()).isEqualTo(429);
            assertThat(third.header("retry-after")).isNotNull();
            assertThat(s.arrivals().snapshot()).extracting(ArrivalRecord::status).containsExactly(415, 415, 429);
        }
    }

    @Example
    void jettyLevelErrorsUseTheSeedProfilesEnvelopeToo() {
        try (AteraStub s = AteraStub.start(StubHttp.tiny(StubSettings.builder()).applyProfile(Profile.SEED).key(KEY).port(0).build())) {
            RawHttp.Answer big = RawHttp.send(s.port(), "GET /api/v3/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: "
                    + "x".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
            assertThat(big.status()).isEqualTo(431);
            assertThat(StubHttp.json(big.text()).has("Message")).isTrue();
            assertThat(StubHttp.json(big.text()).get("ErrorCode").asText()).isNotBlank();
            RawHttp.Answer pct = RawHttp.send(s.port(), "GET /api/v3/tickets%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-KEY: " + KEY
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(pct.status()).isEqualTo(400);
            assertThat(StubHttp.json(pct.text()).has("Message")).isTrue();
        }
    }

    private static RawHttp.Answer get(int port, String path, String authorization) {
        return RawHttp.send(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + authorization
                + "\r\nConnection: close\r\n\r\n");
    }

    private static RawHttp.Answer post(int port, String path, String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        return RawHttp.send(port, concat(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                + "\r\nContent-Type: application/json\r\nContent-Length: " + b.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8), b));
    }

    private static byte[] gzip(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(out)) {
            g.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}

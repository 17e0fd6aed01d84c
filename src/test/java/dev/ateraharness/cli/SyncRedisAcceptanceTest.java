package dev.ateraharness.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.ateraharness.client.limit.RedisProcess;
import dev.ateraharness.secret.ApiKeys;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code sync --redis}: the key's log lives in Redis under its fingerprint; no Redis, no request. */
class SyncRedisAcceptanceTest {

    static final String KEY = "redis-cli-key-0a1b2c3d4e5f-SECRET-wxyz";
    static WireMockServer server;
    static RedisProcess redis;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() throws Exception {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(get(urlPathEqualTo("/api/v3/customers")).willReturn(okJson("{\"items\":[{\"CustomerID\":1}],"
                + "\"page\":1,\"itemsInPage\":50,\"totalItemCount\":1,\"totalPages\":1,\"prevLink\":\"\","
                + "\"nextLink\":\"\"}")));
        redis = RedisProcess.startOnFreePort();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
        redis.close();
    }

    private int run(String... args) {
        CommandLine cl = AteraHarness.commandLine();
        ((SyncCommand) cl.getSubcommands().get("sync").getCommand()).environment(Map.of("ATERA_API_KEY", KEY));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private String base() {
        return "http://127.0.0.1:" + server.port() + "/api/v3";
    }

    @Test
    void theKeysLogIsKeptInRedisUnderItsFingerprintOnly() {
        int code = run("sync", "--base-url", base(), "--entity", "customers", "--no-progress",
                "--redis", redis.uri().toString());
        assertThat(code).as(err.toString()).isZero();
        RedisClient c = RedisClient.create(redis.uri().toString());
        try (StatefulRedisConnection<String, String> conn = c.connect()) {
            List<String> keys = conn.sync().keys("*");
            assertThat(keys).anyMatch(k -> k.contains(ApiKeys.fingerprint(KEY)) && k.endsWith(":busy"));
            assertThat(String.join(" ", keys)).doesNotContain(KEY).doesNotContain("SECRET");
        } finally {
            c.shutdown();
        }
    }

    @Test
    void anUnreachableRedisSendsNothingAndExitsWithATransportError() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        int before = server.getAllServeEvents().size();
        int code = run("sync", "--base-url", base(), "--entity", "customers", "--no-progress",
                "--redis", "redis://127.0.0.1:" + port);
        assertThat(code).isEqualTo(ExitCodes.TRANSPORT);
        assertThat(err.toString()).contains("Redis at redis://127.0.0.1:" + port).contains("no request sent");
        assertThat(server.getAllServeEvents()).hasSize(before);
    }

    @Test
    void aBadRedisUriIsAUsageError() {
        assertThat(run("sync", "--base-url", base(), "--entity", "customers", "--redis", "http://127.0.0.1:1"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("redis://");
    }
}

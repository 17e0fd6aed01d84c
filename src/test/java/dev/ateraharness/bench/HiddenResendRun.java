package dev.ateraharness.bench;

import dev.ateraharness.client.AteraClient;
import dev.ateraharness.client.AteraClientConfig;
import dev.ateraharness.client.Credentials;
import dev.ateraharness.client.Endpoints;
import dev.ateraharness.client.Query;
import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.stub.AteraStub;
import dev.ateraharness.stub.FaultRule;
import dev.ateraharness.stub.FaultSettings;
import dev.ateraharness.stub.Latency;
import dev.ateraharness.stub.StubSettings;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A known gap, measured: the JDK HTTP client re-sends a GET once, by itself, when a reused keep-alive connection
 * closes before any byte of the response (it takes the connection for an expired one). Such a re-send passes no
 * limiter permit and no attempt listener: the stub's arrival log holds more requests than the client's attempt
 * log. This counts both for one client reading one page repeatedly from a stub that resets a share of
 * connections ({@code connectionReset}), one request at a time.
 *
 * <p>Run: {@code mvn -o -Pbench test-compile exec:exec -Dbench.main=dev.ateraharness.bench.HiddenResendRun
 * -Dbench= -Dbench.args="200 0.3"} (calls, reset probability).
 */
public final class HiddenResendRun {

    private HiddenResendRun() {
    }

    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        double reset = args.length > 1 ? Double.parseDouble(args[1]) : 0.3;
        String key = "hidden-resend-key-0001";
        FaultRule rule = new FaultRule(0, 0, 0, 0, reset, 0, 0, Latency.NONE);
        try (AteraStub stub = AteraStub.start(StubSettings.builder().key(key).limit(1_000_000)
                .faults(new FaultSettings(5, rule, Map.of())).build())) {
            AtomicInteger attempts = new AtomicInteger();
            AteraClient client = AteraClient.create(AteraClientConfig.builder().baseUrl(stub.baseUrl())
                    .credentials(Credentials.apiKey(key)).privateRegistries()
                    .rateLimiter(new RateLimiterConfig(1_000_000, Duration.ofSeconds(60), RateLimiterConfig.DEFAULT_GUARD))
                    .attemptListener(r -> attempts.incrementAndGet()).build());
            int ok = 0;
            int failed = 0;
            for (int i = 0; i < calls; i++) {
                try {
                    client.page(Endpoints.CUSTOMERS, Query.none(), 1);
                    ok++;
                } catch (RuntimeException e) {
                    failed++;
                }
            }
            long arrivals = stub.arrivals().snapshot().size();
            long resets = stub.arrivals().snapshot().stream().filter(a -> a.status() == 0).count();
            System.out.printf("calls %d (ok %d, failed %d); client attempts %d; stub arrivals %d (%d reset); "
                    + "arrivals the client never saw: %d%n", calls, ok, failed, attempts.get(), arrivals, resets,
                    arrivals - attempts.get());
        }
    }
}

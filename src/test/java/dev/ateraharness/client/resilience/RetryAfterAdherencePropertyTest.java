package dev.ateraharness.client.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.client.limit.RateLimiter;
import dev.ateraharness.client.limit.RateLimiterRegistry;
import dev.ateraharness.client.resilience.FakeServer.Reply;
import dev.ateraharness.client.internal.resilience.Resilience;
import dev.ateraharness.client.retry.RetryBudgetRegistry;
import dev.ateraharness.client.retry.RetryPolicy;
import dev.ateraharness.time.VirtualTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * No retry is ever sent before receipt + Retry-After, whatever form the value takes, whatever the latency, and
 * with an HTTP-date measured against the server's Date header when it sends one (the server's clock may be
 * skewed from the client's).
 */
class RetryAfterAdherencePropertyTest {

    enum Form { DELTA_SECONDS, IMF_FIXDATE, RFC_850, ASCTIME }

    private static final DateTimeFormatter IMF = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RFC850 = DateTimeFormatter
            .ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter
            .ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);

    @Property(tries = 150)
    void noRetryBeforeReceiptPlusRetryAfter(@ForAll Form form, @ForAll boolean dateHeader,
                                            @ForAll @IntRange(min = 0, max = 240) int retryAfterSeconds,
                                            @ForAll @IntRange(min = 0, max = 2_000) int latencyMillis,
                                            @ForAll @IntRange(min = -600, max = 600) int serverSkewSeconds,
                                            @ForAll @IntRange(min = 0, max = 2_000) int maxJitterMillis,
                                            @ForAll boolean with503) {
        VirtualTime time = new VirtualTime();
        // the client's clock is 1 ms past a whole second, so HTTP-date's whole seconds never round in our favour
        time.advanceNanos(1_000_000L);
        long latency = latencyMillis * 1_000_000L;
        int skew = dateHeader ? serverSkewSeconds : 0; // without a Date header the client must trust its own clock
        FakeServer server = new FakeServer(time, latency, n -> {
            if (n > 0) {
                return Reply.status(200);
            }
            // the server answers at (client) now + latency; its clock reads that plus skew, in whole seconds
            Instant serverNow = Instant.ofEpochSecond((time.nanos() + latency) / 1_000_000_000L + skew);
            Instant due = serverNow.plusSeconds(retryAfterSeconds);
            Map<String, List<String>> h = new HashMap<>();
            h.put("Retry-After", List.of(switch (form) {
                case DELTA_SECONDS -> Integer.toString(retryAfterSeconds);
                case IMF_FIXDATE -> IMF.format(due);
                case RFC_850 -> RFC850.format(due);
                case ASCTIME -> ASCTIME.format(due);
            }));
            if (dateHeader) {
                h.put("Date", List.of(IMF.format(serverNow)));
            }
            return Reply.status(with503 ? 503 : 429, h);
        });
        Transport t = Resilience.forFingerprint("k").scheduler(time)
                .registries(new RateLimiterRegistry(), new RetryBudgetRegistry())
                .limiter(RateLimiter.builder().guard(Duration.ZERO))
                .retry(RetryPolicy.builder().maxJitter(Duration.ofMillis(maxJitterMillis)))
                .build().wrap(server);
        CompletableFuture<TransportResponse> f = t.send(FakeServer.get("/tickets"));
        time.runUntilIdle(1_000);
        assertThat(f.join().status()).isEqualTo(200);
        long received = server.responses.get(0).receivedNanos();
        // an HTTP-date has whole-second precision: the server's "now" was truncated, so up to 1 s less is honest
        long slack = form == Form.DELTA_SECONDS ? 0 : 1_000_000_000L;
        assertThat(server.sendTimes.get(1))
                .isGreaterThanOrEqualTo(received + retryAfterSeconds * 1_000_000_000L - slack);
        // jitter only on top: never more than maxJitter late (no other work competes for the limiter)
        assertThat(server.sendTimes.get(1))
                .isLessThanOrEqualTo(received + retryAfterSeconds * 1_000_000_000L + maxJitterMillis * 1_000_000L);
    }
}

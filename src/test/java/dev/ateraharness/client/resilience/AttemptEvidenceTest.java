package dev.ateraharness.client.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ateraharness.client.AteraClient;
import dev.ateraharness.client.AteraClientConfig;
import dev.ateraharness.client.AteraTransportException;
import dev.ateraharness.client.Credentials;
import dev.ateraharness.client.Endpoints;
import dev.ateraharness.client.Query;
import dev.ateraharness.client.event.AttemptLogWriter;
import dev.ateraharness.client.event.AttemptNotRecordedException;
import dev.ateraharness.client.event.AttemptRecord;
import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.client.limit.RateLimiter;
import dev.ateraharness.client.limit.RateLimiterRegistry;
import dev.ateraharness.client.resilience.FakeServer.Reply;
import dev.ateraharness.client.internal.resilience.Resilience;
import dev.ateraharness.client.retry.RetryBudgetRegistry;
import dev.ateraharness.time.VirtualTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Evidence cannot vanish silently: a listener that throws fails the request with
 * {@link AttemptNotRecordedException} (never a request that succeeds while its row is missing), and a log writer
 * whose file failed stays failed, so nothing can close it as if it were complete.
 */
class AttemptEvidenceTest {

    private final VirtualTime time = new VirtualTime();

    private Resilience stack(dev.ateraharness.client.event.AttemptListener listener) {
        return Resilience.forFingerprint("abc123abc123").scheduler(time).listener(listener)
                .registries(new RateLimiterRegistry(), new RetryBudgetRegistry())
                .limiter(RateLimiter.builder().limit(700).guard(Duration.ZERO));
    }

    private static Throwable failure(CompletableFuture<?> f) {
        return dev.ateraharness.client.internal.Pipeline.unwrap(f.handle((v, e) -> e).join());
    }

    @Test
    void aThrowingListenerFailsTheRequestInsteadOfLosingTheRowQuietly() {
        FakeServer server = new FakeServer(time, 0, n -> Reply.status(200));
        Transport t = stack(r -> {
            throw new UncheckedIOException(new IOException("disk full"));
        }).build().wrap(server);
        CompletableFuture<TransportResponse> f = t.send(FakeServer.get("/tickets"));
        time.runUntilIdle(1_000);
        assertThat(failure(f)).isInstanceOf(AttemptNotRecordedException.class)
                .hasMessageContaining("attempt 1 of GET /tickets is missing from the attempt log")
                .hasMessageContaining("disk full")
                .hasRootCauseInstanceOf(IOException.class);
    }

    @Test
    void aListenerFailureMidRetryStopsTheRetriesAndKeepsTheRequestsOwnFailureAsSuppressed() {
        FakeServer server = new FakeServer(time, 0, n -> Reply.status(503));
        AtomicInteger calls = new AtomicInteger();
        List<AttemptRecord> kept = new ArrayList<>();
        Transport t = stack(r -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("log closed");
            }
            kept.add(r);
        }).build().wrap(server);
        CompletableFuture<TransportResponse> f = t.send(FakeServer.get("/tickets"));
        time.runUntilIdle(1_000);
        assertThat(failure(f)).isInstanceOf(AttemptNotRecordedException.class)
                .hasMessageContaining("attempt 2");
        assertThat(server.sendTimes).as("no third attempt after the log lost the second").hasSize(2);
        assertThat(kept).hasSize(1);
    }

    @Test
    void anErrorThrownByAListenerStillCompletesTheRequest() {
        FakeServer server = new FakeServer(time, 0, n -> Reply.status(200));
        Transport t = stack(r -> {
            throw new AssertionError("listener bug");
        }).build().wrap(server);
        CompletableFuture<TransportResponse> f = t.send(FakeServer.get("/tickets"));
        time.runUntilIdle(1_000);
        assertThat(f).isDone();
        assertThat(failure(f)).isInstanceOf(AttemptNotRecordedException.class).hasMessageContaining("listener bug");
    }

    /** A writer whose file fails once more than {@code okChars} characters were written, as a full disk would. */
    private static Writer failingAfter(int okChars) {
        return new Writer() {
            int written;

            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                written += len;
                if (written > okChars) {
                    throw new IOException("No space left on device");
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void aWriterThatFailedOnceStaysFailedSoTheLogCannotBeClosedAsComplete() throws Exception {
        // a 1-char buffer makes every row reach the file at once (the real writer buffers 8 KiB)
        AttemptLogWriter w = new AttemptLogWriter(new java.io.BufferedWriter(failingAfter(1_000_000), 1),
                dev.ateraharness.evidence.LogFormat.CSV);
        assertThat(w.failure()).isEmpty();
        w.close();

        // room for the CSV header only: the first row fails
        AttemptLogWriter broken = new AttemptLogWriter(new java.io.BufferedWriter(failingAfter(200), 1),
                dev.ateraharness.evidence.LogFormat.CSV);
        FakeServer server = new FakeServer(time, 0, n -> Reply.status(200));
        AteraClient client = AteraClient.create(AteraClientConfig.builder()
                .credentials(Credentials.apiKey("evidence-key-1234")).time(time).transport(server)
                .privateRegistries().attemptListener(broken).build());
        CompletableFuture<?> first = client.pageAsync(Endpoints.TICKETS, Query.none(), 1);
        time.runUntilIdle(1_000);
        assertThat(failure(first)).isInstanceOf(AteraTransportException.class)
                .hasMessageContaining("missing from the attempt log");
        assertThat(broken.failure()).isPresent();
        assertThatThrownBy(broken::flush).isInstanceOf(IOException.class).hasMessageContaining("incomplete");
        assertThatThrownBy(broken::close).isInstanceOf(IOException.class).hasMessageContaining("incomplete");

        CompletableFuture<?> second = client.pageAsync(Endpoints.TICKETS, Query.none(), 2);
        time.runUntilIdle(1_000);
        assertThat(failure(second)).as("later rows are refused too, not written after a hole")
                .isInstanceOf(AteraTransportException.class).hasMessageContaining("incomplete");
    }
}

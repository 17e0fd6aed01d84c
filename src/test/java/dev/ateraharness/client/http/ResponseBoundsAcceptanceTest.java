package dev.ateraharness.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ateraharness.client.AteraClient;
import dev.ateraharness.client.AteraClientConfig;
import dev.ateraharness.client.AteraTransportException;
import dev.ateraharness.client.Credentials;
import dev.ateraharness.client.Endpoints;
import dev.ateraharness.client.MalformedResponseException;
import dev.ateraharness.client.Page;
import dev.ateraharness.client.Query;
import dev.ateraharness.client.internal.Pipeline;
import dev.ateraharness.client.model.Ticket;
import dev.ateraharness.time.VirtualTime;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The JDK transport against a raw server that misbehaves: a body is counted while it streams and never held past
 * the maximum response size, and the request timeout covers the body too, on the client's scheduler. In both cases
 * the client closes the connection (the server sees its writes fail), so nothing keeps reading in the background.
 */
class ResponseBoundsAcceptanceTest {

    private static final String PAGE = "{\"items\":[],\"page\":1,\"itemsInPage\":50,\"totalItemCount\":0,"
            + "\"totalPages\":0,\"nextLink\":\"\"}";

    private static AteraClientConfig.Builder config(RawHttpServer server) {
        return AteraClientConfig.builder().baseUrl(server.baseUrl()).credentials(Credentials.apiKey("bounds-key-1234"))
                .privateRegistries();
    }

    @Test
    void anEndlessBodyFailsAtTheLimitWithAMalformedResponseNamingItAndIsNotRetried() throws Exception {
        try (RawHttpServer server = new RawHttpServer((line, out) -> RawHttpServer.endless(out))) {
            AteraClient client = AteraClient.create(config(server).maxResponseSize(1L << 20).build());
            assertThatThrownBy(() -> client.page(Endpoints.TICKETS, Query.none(), 1))
                    .isInstanceOf(MalformedResponseException.class)
                    .hasMessageContaining("over the maximum response size of 1 MiB")
                    .hasMessageContaining("while streaming");
            assertThat(server.awaitClientClosed(30)).as("the client closed the connection").isTrue();
            assertThat(server.requests()).as("not retried").isEqualTo(1);
        }
    }

    @Test
    void aContentLengthOverTheLimitFailsBeforeTheBodyIsRead() throws Exception {
        try (RawHttpServer server = new RawHttpServer((line, out) -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000000000\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            RawHttpServer.endless(out);
        })) {
            AteraClient client = AteraClient.create(config(server).withoutResilience().build());
            assertThatThrownBy(() -> client.page(Endpoints.TICKETS, Query.none(), 1))
                    .isInstanceOf(MalformedResponseException.class)
                    .hasMessageContaining("of 5000000000 bytes (Content-Length)")
                    .hasMessageContaining("16 MiB");
        }
    }

    @Test
    void aBodyAtTheLimitIsAccepted() throws Exception {
        int limit = PAGE.getBytes(StandardCharsets.UTF_8).length;
        try (RawHttpServer server = new RawHttpServer((line, out) -> {
            RawHttpServer.chunkedHeaders(out);
            for (byte b : PAGE.getBytes(StandardCharsets.UTF_8)) {
                RawHttpServer.chunk(out, new byte[] {b});
            }
            RawHttpServer.chunk(out, new byte[0]);
        })) {
            AteraClient client = AteraClient.create(config(server).withoutResilience().maxResponseSize(limit).build());
            Page<Ticket> p = client.page(Endpoints.TICKETS, Query.none(), 1);
            assertThat(p.items()).isEmpty();
            AteraClient tight = AteraClient.create(config(server).withoutResilience().maxResponseSize(limit - 1)
                    .build());
            assertThatThrownBy(() -> tight.page(Endpoints.TICKETS, Query.none(), 1))
                    .isInstanceOf(MalformedResponseException.class)
                    .hasMessageContaining((limit - 1) + " bytes");
        }
    }

    @Test
    void theRequestTimeoutCoversABodyThatStopsHalfWayOnTheInjectedScheduler() throws Exception {
        CountDownLatch bodyStarted = new CountDownLatch(1);
        try (RawHttpServer server = new RawHttpServer((line, out) -> {
            RawHttpServer.chunkedHeaders(out);
            RawHttpServer.chunk(out, "{\"items\":[".getBytes(StandardCharsets.UTF_8));
            out.flush();
            bodyStarted.countDown();
            holdWhileConnected(out);
        })) {
            VirtualTime time = new VirtualTime();
            AteraClient client = AteraClient.create(config(server).time(time).withoutResilience()
                    .requestTimeout(Duration.ofSeconds(30)).build());
            CompletableFuture<Page<Ticket>> f = client.pageAsync(Endpoints.TICKETS, Query.none(), 1);
            assertThat(bodyStarted.await(30, TimeUnit.SECONDS)).isTrue();
            time.advance(Duration.ofSeconds(29));
            assertThat(f).as("the timer runs on virtual time: nothing before the timeout").isNotDone();
            time.advance(Duration.ofSeconds(2));
            assertThat(f).isCompletedExceptionally();
            Throwable e = Pipeline.unwrap(f.handle((p, t) -> t).join());
            assertThat(e).isInstanceOf(AteraTransportException.class).hasMessageContaining("timed out after 30000 ms");
            assertThat(((AteraTransportException) e).isTimeout()).isTrue();
            assertThat(server.awaitClientClosed(30)).as("the client closed the connection").isTrue();
        }
    }

    /**
     * Trickles whitespace (still a valid JSON prefix) until the client hangs up: a body that never ends, slowly. The
     * server side runs on real time; only the client's timer is virtual.
     */
    private static void holdWhileConnected(OutputStream out) throws IOException, InterruptedException {
        while (true) {
            Thread.sleep(100);
            RawHttpServer.chunk(out, " ".getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    @Test
    void theDefaultMaximumIs16MiBAndTheBuilderChecksItsRange() {
        AteraClientConfig c = AteraClientConfig.builder().credentials(Credentials.apiKey("bounds-key-1234")).build();
        assertThat(c.maxResponseSize()).isEqualTo(16L << 20);
        assertThatThrownBy(() -> AteraClientConfig.builder().maxResponseSize(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AteraClientConfig.builder().maxResponseSize(1L << 40))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

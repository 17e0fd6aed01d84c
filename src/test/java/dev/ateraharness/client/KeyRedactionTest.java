package dev.ateraharness.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.client.internal.ErrorMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The key never shows in toString, exception messages or error details. */
class KeyRedactionTest {

    static final String KEY = "abcdefghijklmnop-SECRET-1234";
    static final String JWT = "eyJ" + "x".repeat(120) + "tail";

    @Test
    void credentialsAndConfigToStringShowOnlyTheLastFour() {
        Credentials c = Credentials.apiKey(KEY);
        AteraClientConfig config = AteraClientConfig.builder().credentials(c).build();
        AteraClient client = AteraClient.create(config);
        for (String s : List.of(c.toString(), config.toString(), client.toString(),
                Credentials.bearer(JWT).toString())) {
            assertThat(s).doesNotContain(KEY).doesNotContain(JWT).doesNotContain("SECRET");
        }
        assertThat(c.toString()).contains("****1234").contains("X-API-KEY");
        assertThat(Credentials.bearer(JWT).toString()).contains("Authorization").contains("****tail");
    }

    @Test
    void detectSendsLongTokensAsBearer() {
        assertThat(Credentials.detect(JWT).headerName()).isEqualTo("Authorization");
        assertThat(Credentials.detect(JWT).headerValue()).isEqualTo("Bearer " + JWT);
        assertThat(Credentials.detect(KEY).headerName()).isEqualTo("X-API-KEY");
    }

    @Test
    void exceptionMessagesFromEchoedBodiesAndTransportFailuresAreScrubbed() {
        Credentials c = Credentials.apiKey(KEY);
        TransportResponse r = new TransportResponse(401, Map.of(),
                ("invalid key " + KEY).getBytes(StandardCharsets.UTF_8), 0);
        AteraApiException e = ErrorMapper.toException("GET", "/agents", r, c);
        assertThat(e.getMessage()).doesNotContain(KEY).contains("****1234");

        AteraClient client = AteraClient.create(AteraClientConfig.builder().credentials(c)
                .baseUrl("http://127.0.0.1:9/api/v3")
                .transport(req -> CompletableFuture.failedFuture(new java.io.IOException("refused with "
                        + req.headers().get("X-API-KEY"))))
                .withoutResilience()
                .build());
        CompletableFuture<?> f = client.agents().getAsync(1);
        assertThat(f).failsWithin(java.time.Duration.ofSeconds(5)).withThrowableThat()
                .withRootCauseInstanceOf(java.io.IOException.class)
                .satisfies(t -> assertThat(t.getCause()).isInstanceOf(AteraTransportException.class)
                        .hasMessageNotContaining(KEY).hasMessageContaining("GET /api/v3/agents/1"));
    }
}

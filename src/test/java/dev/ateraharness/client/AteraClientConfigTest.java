package dev.ateraharness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ateraharness.client.http.JdkHttpTransport;
import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.http.TransportLayer;
import dev.ateraharness.time.SystemTime;
import dev.ateraharness.time.VirtualTime;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The config's defaults, that building and {@code toBuilder} keep every setting, and that a built config is frozen. */
class AteraClientConfigTest {

    private static final Credentials KEY = Credentials.apiKey("config-test-key-0001");

    @Test
    void defaultsAreTheDocumentedOnes() {
        AteraClientConfig c = AteraClientConfig.builder().credentials(KEY).build();
        assertThat(c.baseUrl()).isEqualTo(URI.create("https://app.atera.com/api/v3"));
        assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.blockingTimeout()).isEqualTo(Duration.ofHours(6));
        assertThat(c.itemsInPage()).isEqualTo(50);
        assertThat(c.maxItemsInPage()).isEqualTo(50);
        assertThat(c.maxResponseSize()).isEqualTo(JdkHttpTransport.DEFAULT_MAX_RESPONSE_BYTES);
        assertThat(c.listCacheTtl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(c.pageConcurrency()).isEqualTo(PageConcurrency.sequential());
        assertThat(c.resilience()).isSameAs(ResilienceOptions.defaults());
        assertThat(c.clock()).isSameAs(SystemTime.INSTANCE);
        assertThat(c.scheduler()).isSameAs(SystemTime.INSTANCE);
        assertThat(c.clientId()).isEqualTo("client-1");
        assertThat(c.syncListener()).isSameAs(SyncListener.NONE);
        assertThat(c.layers()).isEmpty();
        assertThat(c.httpClient()).isEmpty();
        assertThat(c.transport()).isEmpty();
    }

    @Test
    void buildAndToBuilderKeepEverySetting() throws Exception {
        VirtualTime time = new VirtualTime();
        Transport transport = r -> CompletableFuture.failedFuture(new IllegalStateException("not sent"));
        TransportLayer layer = next -> next;
        AteraClientConfig c = AteraClientConfig.builder().baseUrl("http://127.0.0.1:8089/api/v3/")
                .credentials(KEY).connectTimeout(Duration.ofSeconds(3)).requestTimeout(Duration.ofSeconds(4))
                .blockingTimeout(Duration.ofSeconds(5)).maxItemsInPage(500).itemsInPage(200)
                .maxResponseSize(1234).httpClient(HttpClient.newBuilder().build()).transport(transport).time(time)
                .layer(layer).clientId("client-9").syncListener(new SyncListener() { })
                .resilience(ResilienceOptions.none()).listCacheTtl(Duration.ofSeconds(7))
                .pageConcurrency(PageConcurrency.fixed(3)).build();
        assertThat(c.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8089/api/v3"));
        assertThat(c.itemsInPage()).isEqualTo(200);
        assertThat(c.maxResponseSize()).isEqualTo(1234);
        assertThat(c.clock()).isSameAs(time);
        assertThat(c.layers()).containsExactly(layer);

        AteraClientConfig copy = c.toBuilder().build();
        AteraClientConfig defaults = AteraClientConfig.builder().credentials(Credentials.apiKey("other-key-0002"))
                .build();
        List<String> compared = new ArrayList<>();
        for (Method m : AteraClientConfig.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers())
                    || m.getParameterCount() != 0 || List.of("toBuilder", "toString").contains(m.getName())) {
                continue;
            }
            Object set = m.invoke(c);
            assertThat(m.invoke(copy)).as(m.getName()).isEqualTo(set);
            // every setting was moved off its default, so a copy that fell back to a default would show here
            assertThat(unwrap(set)).as(m.getName() + " set").isNotEqualTo(unwrap(m.invoke(defaults)));
            compared.add(m.getName());
        }
        assertThat(compared).hasSize(18);
    }

    private static Object unwrap(Object o) {
        return o instanceof Optional<?> opt ? opt.orElse(null) : o;
    }

    @Test
    void aBuiltConfigDoesNotChangeWhenItsBuilderGoesOn() {
        TransportLayer first = next -> next;
        AteraClientConfig.Builder b = AteraClientConfig.builder().credentials(KEY).layer(first);
        AteraClientConfig built = b.build();
        b.layer(next -> next).clientId("later").itemsInPage(10);
        assertThat(built.layers()).containsExactly(first);
        assertThat(built.clientId()).isEqualTo("client-1");
        assertThat(built.itemsInPage()).isEqualTo(50);
        assertThatThrownBy(() -> built.layers().add(first)).isInstanceOf(UnsupportedOperationException.class);

        AteraClientConfig.Builder again = built.toBuilder();
        again.layer(next -> next);
        assertThat(built.layers()).hasSize(1);
        assertThat(again.build().layers()).hasSize(2);
    }

    @Test
    void buildRejectsWhatCannotWork() {
        assertThatThrownBy(() -> AteraClientConfig.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("credentials are required (Credentials.apiKey or .bearer)");
        assertThatThrownBy(() -> AteraClientConfig.builder().credentials(KEY).itemsInPage(51).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("itemsInPage must be in 1..50: 51");
        assertThatThrownBy(() -> AteraClientConfig.builder().credentials(KEY).maxItemsInPage(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxItemsInPage must be >= 1: 0");
        assertThatThrownBy(() -> AteraClientConfig.builder().requestTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("requestTimeout must be positive: PT0S");
        assertThatThrownBy(() -> AteraClientConfig.builder().baseUrl("ftp://127.0.0.1/api"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("base URL must be an absolute http(s) URL: ftp://127.0.0.1/api");
    }
}

package dev.ateraharness.plan;

import dev.ateraharness.stub.Latency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ateraharness.client.Endpoints;
import dev.ateraharness.limit.Algorithm;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every syncable endpoint is served where the client asks for it, in items the client decodes and tells apart. */
class EntityEndpointsTest {

    static List<String> names() {
        return EntityEndpoints.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void theRealClientSyncsEveryEndpointByPagesAndByFollowingLinks(String name) {
        for (Distribution split : Distribution.values()) {
            // 3 pages of 50 plus one item: the client's pager would fail on two equal pages (a stalled server)
            Scenario s = new Scenario(List.of(new Entity(name, 151)), 1, 1, 50, 50, Latency.fixed(1), 0,
                    700, Duration.ofSeconds(60).toNanos(), Algorithm.SLIDING_LOG, false, 0, 0, split);
            RunResult r = ScenarioRunner.client().run(s, 1);
            assertThat(r.complete()).as(name + " " + split).isTrue();
            assertThat(r.requests()).isEqualTo(4);
            assertThat(r.syncNanos()).isEqualTo(4_000_000);
        }
    }

    @Test
    void routesAreTheEndpointsPathTemplatesAndIdsAreRealProperties() {
        assertThat(EntityEndpoints.path(new Entity("invoices", 1))).isEqualTo("/billing/invoices");
        assertThat(EntityEndpoints.path(new Entity("rates-products", 1))).isEqualTo("/rates/products");
        assertThat(EntityEndpoints.idProperty(new Entity("tickets", 1))).isEqualTo("TicketID");
        assertThat(EntityEndpoints.idProperty(new Entity("contacts", 1))).isEqualTo("EndUserID");
        assertThat(EntityEndpoints.idProperty(new Entity("generic-devices", 1))).isEqualTo("DeviceID");
        assertThat(EntityEndpoints.idProperty(new Entity("invoices", 1))).isEqualTo("InvoiceId");
        assertThat(names()).hasSize(Endpoints.syncable().size()).contains("tickets", "agents", "customers");
        assertThatThrownBy(() -> EntityEndpoints.of(new Entity("ticket-comments", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("valid: tickets");
    }
}

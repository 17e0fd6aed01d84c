package dev.ateraharness.simulations.support;

import dev.ateraharness.time.Durations;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulationSettingsTest {

    @Test
    void defaults_are_the_documented_limit_and_the_embedded_stub() {
        SimulationSettings s = SimulationSettings.from(Map.<String, String>of()::get);
        assertThat(s.embeddedStub()).isTrue();
        assertThat(s.limit()).isEqualTo(700);
        assertThat(s.window()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.live()).isFalse();
        assertThat(s.budget()).isEqualTo(100);
        assertThat(s.ratePerSecond()).isCloseTo(700 / 60.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void compressed_time_and_an_external_target_are_read_from_properties() {
        SimulationSettings s = SimulationSettings.from(Map.of("atera.limit", "70", "atera.window", "6s",
                "atera.baseUrl", "http://127.0.0.1:8080/api/v3/", "atera.users", "3", "atera.p95Max", "1500ms",
                "atera.duration", "2m", "atera.live", "true")::get);
        assertThat(s.limit()).isEqualTo(70);
        assertThat(s.window()).isEqualTo(Duration.ofSeconds(6));
        assertThat(s.baseUrl()).contains(URI.create("http://127.0.0.1:8080/api/v3"));
        assertThat(s.users()).isEqualTo(3);
        assertThat(s.p95Max()).isEqualTo(Duration.ofMillis(1500));
        assertThat(s.duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(s.live()).isTrue();
        assertThat(s.ratePerSecond()).isCloseTo(70 / 6.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void bad_values_are_refused_with_the_property_name() {
        assertThatThrownBy(() -> SimulationSettings.from(Map.of("atera.limit", "0")::get))
                .hasMessageContaining("atera.limit");
        assertThatThrownBy(() -> SimulationSettings.from(Map.of("atera.limit", "many")::get))
                .hasMessageContaining("atera.limit");
        assertThatThrownBy(() -> SimulationSettings.from(Map.of("atera.window", "6 fortnights")::get))
                .hasMessageContaining("6 fortnights");
        assertThatThrownBy(() -> SimulationSettings.from(Map.of("atera.baseUrl", "ftp://x/y")::get))
                .hasMessageContaining("atera.baseUrl");
        assertThatThrownBy(() -> SimulationSettings.from(Map.of("atera.profile", "v2")::get))
                .hasMessageContaining("atera.profile");
    }

    @Test
    void durations_accept_the_short_forms_and_iso() {
        assertThat(Durations.parseAllowingZero("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parseAllowingZero("6s")).isEqualTo(Duration.ofSeconds(6));
        assertThat(Durations.parseAllowingZero("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(Durations.parseAllowingZero("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Durations.parseAllowingZero("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parseAllowingZero("45")).isEqualTo(Duration.ofSeconds(45));
        assertThat(Durations.parseAllowingZero("PT90S")).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void a_zero_guard_turns_it_off_but_other_zero_or_negative_durations_name_their_property() {
        assertThat(SimulationSettings.from(Map.of("atera.guard", "0")::get).guard()).isZero();
        assertThat(SimulationSettings.from(Map.of("atera.guard", "0ms")::get).guard()).isZero();
        assertThatThrownBy(() -> SimulationSettings.from(Map.of("atera.window", "0s")::get))
                .hasMessageContaining("atera.window");
        assertThatThrownBy(() -> SimulationSettings.from(Map.of("atera.p95Max", "-1s")::get))
                .hasMessageContaining("atera.p95Max").hasMessageContaining("-1s");
        assertThatThrownBy(() -> SimulationSettings.from(Map.of("atera.guard", "-10ms")::get))
                .hasMessageContaining("atera.guard");
    }

    @Test
    void concurrencyAndLatencyDefaultToAutoAndTheMainJobsLognormal() {
        SimulationSettings s = SimulationSettings.from(java.util.Map.<String, String>of()::get);
        assertThat(s.concurrency()).isEqualTo(dev.ateraharness.client.PageConcurrency.auto());
        assertThat(s.latency().kind()).isEqualTo(dev.ateraharness.stub.Latency.Kind.LOGNORMAL);
        assertThat(s.latency().medianMs()).isEqualTo(180);
        // p99 = median x exp(2.326 sigma) = 900 ms
        assertThat(180 * Math.exp(2.3263478740408408 * s.latency().sigma())).isCloseTo(900, org.assertj.core.data.Offset.offset(1e-6));
        SimulationSettings t = SimulationSettings.from(java.util.Map.of("atera.concurrency", "8",
                "atera.latency", "fixed:200")::get);
        assertThat(t.concurrency()).isEqualTo(dev.ateraharness.client.PageConcurrency.fixed(8));
        assertThat(t.latency()).isEqualTo(dev.ateraharness.stub.Latency.fixed(200));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SimulationSettings.from(
                java.util.Map.of("atera.latency", "lognormal:900:180")::get)).hasMessageContaining("atera.latency");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SimulationSettings.from(
                java.util.Map.of("atera.concurrency", "many")::get)).hasMessageStartingWith("atera.concurrency");
    }

    @Test
    void several_injectors_on_one_key_need_redis_and_one_external_stub() {
        SimulationSettings s = SimulationSettings.from(Map.of("atera.redis", "redis://127.0.0.1:6379",
                "atera.injector", "2/3", "atera.baseUrl", "http://127.0.0.1:8080/api/v3")::get);
        assertThat(s.redis()).contains(URI.create("redis://127.0.0.1:6379"));
        assertThat(s.injector()).isEqualTo(new SimulationSettings.Injector(2, 3));
        assertThat(s.injector().shared()).isTrue();
        assertThat(SimulationSettings.from(Map.<String, String>of()::get).injector().shared()).isFalse();
        assertThatThrownBy(() -> SimulationSettings.from(Map.of("atera.injector", "2/3")::get))
                .hasMessageContaining("needs atera.redis");
        assertThatThrownBy(() -> SimulationSettings.from(Map.of("atera.injector", "4/3")::get))
                .hasMessageContaining("atera.injector must be i/k");
        assertThatThrownBy(() -> SimulationSettings.from(Map.of("atera.redis", "http://x")::get))
                .hasMessageContaining("redis://");
    }
}

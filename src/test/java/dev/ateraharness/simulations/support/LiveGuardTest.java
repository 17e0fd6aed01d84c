package dev.ateraharness.simulations.support;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiveGuardTest {

    static final String KEY = "live-key-abcdef123456";
    static final Map<String, String> ENV = Map.of("ATERA_API_KEY", KEY);

    private static SimulationSettings settings(Map<String, String> props) {
        return SimulationSettings.from(props::get);
    }

    @Test
    void refuses_without_the_explicit_opt_in() {
        assertThatThrownBy(() -> LiveGuard.check(settings(Map.of()), ENV))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("atera.live=true");
    }

    @Test
    void refuses_without_a_key_in_the_environment() {
        assertThatThrownBy(() -> LiveGuard.check(settings(Map.of("atera.live", "true")), Map.of()))
                .hasMessageContaining("ATERA_API_KEY");
    }

    @Test
    void refuses_plain_http() {
        assertThatThrownBy(() -> LiveGuard.check(settings(Map.of("atera.live", "true",
                "atera.baseUrl", "http://app.atera.com/api/v3")), ENV))
                .hasMessageContaining("https").hasMessageNotContaining(KEY);
    }

    @Test
    void refuses_a_budget_above_the_maximum() {
        assertThatThrownBy(() -> LiveGuard.check(settings(Map.of("atera.live", "true",
                "atera.budget", "5000")), ENV)).hasMessageContaining("atera.budget");
    }

    @Test
    void permits_an_opted_in_https_run_with_a_conservative_limit_and_never_shows_the_key() {
        LiveGuard.Permit permit = LiveGuard.check(settings(Map.of("atera.live", "true")), ENV);
        assertThat(permit.baseUrl()).isEqualTo(URI.create(LiveGuard.LIVE_BASE_URL));
        assertThat(permit.budget()).isEqualTo(100);
        assertThat(permit.limit()).isEqualTo(LiveGuard.MAX_LIVE_LIMIT);
        assertThat(permit.apiKey()).isEqualTo(KEY);
        assertThat(permit.toString()).doesNotContain(KEY).contains("3456");
    }
}

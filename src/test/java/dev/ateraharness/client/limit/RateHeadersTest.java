package dev.ateraharness.client.limit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.client.http.TransportResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RateHeadersTest {

    private static final long NOW_S = 1_767_225_600L;

    private static Optional<ServerQuota> parse(String... nameValue) {
        Map<String, List<String>> h = new HashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            h.put(nameValue[i], List.of(nameValue[i + 1]));
        }
        return RateHeaders.parse(new TransportResponse(200, h, null, 0), NOW_S);
    }

    @Test
    void seedProfileXRateLimitTrio() {
        assertThat(parse("X-RateLimit-Limit", "700", "X-RateLimit-Remaining", "12", "X-RateLimit-Reset", "30"))
                .contains(new ServerQuota(OptionalInt.of(700), 12, Duration.ofSeconds(30)));
    }

    @Test
    void ietfDraftFieldsWithPolicy() {
        assertThat(parse("RateLimit-Policy", "\"default\";q=700;w=60", "RateLimit", "\"default\";r=0;t=12"))
                .contains(new ServerQuota(OptionalInt.of(700), 0, Duration.ofSeconds(12)));
    }

    @Test
    void ietfWithSeveralPoliciesTakesTheLeastRemaining() {
        assertThat(parse("RateLimit", "\"burst\";r=40;t=1, \"daily\";r=3;t=3600"))
                .contains(new ServerQuota(OptionalInt.empty(), 3, Duration.ofSeconds(3600)));
    }

    @Test
    void olderIetfTrio() {
        assertThat(parse("RateLimit-Limit", "100", "RateLimit-Remaining", "0", "RateLimit-Reset", "5"))
                .contains(new ServerQuota(OptionalInt.of(100), 0, Duration.ofSeconds(5)));
    }

    @Test
    void anEpochResetIsConvertedAgainstReceipt() {
        assertThat(parse("X-RateLimit-Remaining", "1", "X-RateLimit-Reset", Long.toString(NOW_S + 42)))
                .map(ServerQuota::reset).contains(Duration.ofSeconds(42));
    }

    @Test
    void malformedOrPartialFieldsAreIgnored() {
        assertThat(parse("X-RateLimit-Remaining", "-1", "X-RateLimit-Reset", "30")).isEmpty();
        assertThat(parse("X-RateLimit-Remaining", "abc", "X-RateLimit-Reset", "30")).isEmpty();
        assertThat(parse("X-RateLimit-Remaining", "5")).isEmpty();
        assertThat(parse("RateLimit", "garbage;;;")).isEmpty();
        assertThat(parse("RateLimit", "\"default\";r=x;t=12")).isEmpty();
        assertThat(parse()).isEmpty();
    }
}

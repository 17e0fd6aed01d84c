package dev.ateraharness.simulations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ateraharness.simulations.bridge.InProcessGatling;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The baseline in the compressed form, in one in-process run: the seed patterns' own verdicts fail (the seed's
 * RateLimiter breaks the limit as the stub saw it), the shared client's passes, and the run passes because only the
 * shared client's verdict gates it.
 */
class SeedPatternsVerdictAcceptanceTest {

    static final Map<String, String> COMPRESSED = Map.of("atera.limit", "20", "atera.window", "2s",
            "atera.items", "500");

    @AfterEach
    void clear() {
        COMPRESSED.keySet().forEach(System::clearProperty);
    }

    @Test
    void the_seed_patterns_break_the_limit_while_the_shared_client_keeps_it(@TempDir Path results) throws Exception {
        COMPRESSED.forEach(System::setProperty);
        InProcessGatling.Run run = InProcessGatling.run(SeedPatternsSimulation.class, results);

        assertThat(run.exitCode()).as("only the shared client's verdict gates the run").isEqualTo(InProcessGatling.SUCCESS);
        Path compliance = run.folder().resolve("compliance");
        JsonNode shared = verdict(compliance.resolve("shared-client"));
        JsonNode limiter = verdict(compliance.resolve("seed-ratelimiter"));
        JsonNode all = verdict(compliance);

        assertThat(shared.get("overall").asText()).isEqualTo("pass");
        assertThat(check(shared, "window").get("figure").asInt()).isLessThanOrEqualTo(20);
        assertThat(check(shared, "pagination").get("verdict").asText()).isEqualTo("pass");
        assertThat(limiter.get("overall").asText()).isEqualTo("fail");
        assertThat(check(limiter, "window").get("figure").asInt()).isGreaterThan(20);
        assertThat(all.get("overall").asText()).as("all keys judged together").isEqualTo("fail");
        assertThat(verdict(compliance.resolve("seed-loop")).get("overall").asText()).isIn("pass", "fail");
        assertThat(verdict(compliance.resolve("seed-promise-all")).get("overall").asText()).isIn("pass", "fail");
    }

    private static JsonNode verdict(Path dir) throws Exception {
        return new ObjectMapper().readTree(dir.resolve("verdict.json").toFile());
    }

    private static JsonNode check(JsonNode verdict, String id) {
        for (JsonNode c : verdict.get("checks")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no check " + id);
    }
}

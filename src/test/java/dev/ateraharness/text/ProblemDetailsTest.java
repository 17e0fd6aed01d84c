package dev.ateraharness.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemDetailsTest {

    @Test
    void membersInAspNetOrderAndEscaped() throws Exception {
        String body = ProblemDetails.json(404, "No \"such\" route.", "/api/v3/x", "00-ab-cd-00");
        JsonNode n = new ObjectMapper().readTree(body);
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("type", "title", "status", "detail", "instance", "traceId");
        assertThat(n.get("detail").asText()).isEqualTo("No \"such\" route.");
        assertThat(n.get("type").asText()).endsWith("#section-15.5.5");
        assertThat(n.get("title").asText()).isEqualTo("Not Found");
    }

    @Test
    void nullInstanceAndNoTraceId() throws Exception {
        JsonNode n = new ObjectMapper().readTree(ProblemDetails.json(429, "slow down", null, null));
        assertThat(n.get("instance").isNull()).isTrue();
        assertThat(n.has("traceId")).isFalse();
        assertThat(n.get("status").asInt()).isEqualTo(429);
    }
}

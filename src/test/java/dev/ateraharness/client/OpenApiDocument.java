package dev.ateraharness.client;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ateraharness.client.internal.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Atera's OpenAPI document from {@code ${atera.sharedDir}/reference}; tests skip when it is absent. */
final class OpenApiDocument {

    private OpenApiDocument() {
    }

    static JsonNode load() throws IOException {
        return Json.MAPPER.readTree(dev.ateraharness.testing.AteraDocument.path().toFile());
    }

    static JsonNode schema(JsonNode doc, String name) {
        JsonNode s = doc.path("components").path("schemas").path(name);
        if (s.isMissingNode()) {
            throw new AssertionError("schema " + name + " not in the document");
        }
        return s;
    }

    /** The schema a property refers to (directly, via allOf, or as array items), or null for a scalar. */
    static String refOf(JsonNode prop) {
        JsonNode p = prop.has("items") ? prop.get("items") : prop;
        if (p.has("$ref")) {
            return last(p.get("$ref").asText());
        }
        if (p.has("allOf") && p.get("allOf").get(0).has("$ref")) {
            return last(p.get("allOf").get(0).get("$ref").asText());
        }
        return null;
    }

    private static String last(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}

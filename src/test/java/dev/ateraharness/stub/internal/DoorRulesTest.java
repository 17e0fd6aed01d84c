package dev.ateraharness.stub.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.ateraharness.stub.HttpDoorOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The door's small rules one by one: digits, media types, JSON error details, bounded decoding, tokens. */
class DoorRulesTest {

    @Test
    void numbersAreAsciiDigitsOnly() {
        assertThat(Digits.parseInt("42")).isEqualTo(42);
        assertThat(Digits.parseLong("-7")).isEqualTo(-7);
        for (String bad : List.of("\u0663", "1\u0663", "\uff13", "", "+", " 1", "1e3")) {
            assertThatThrownBy(() -> Digits.parseLong(bad)).as(bad).isInstanceOf(NumberFormatException.class);
        }
    }

    @Test
    void writesTakeJsonOnly() {
        ContentTypes.requireJsonWrite("POST", "application/json; charset=utf-8", 2);
        ContentTypes.requireJsonWrite("PUT", "application/problem+json", 2);
        ContentTypes.requireJsonWrite("POST", null, 0);
        ContentTypes.requireJsonWrite("GET", "image/png", 0);
        for (String bad : new String[] {"image/png", "text/plain", "application/jsonx", "multipart/form-data"}) {
            assertThatThrownBy(() -> ContentTypes.requireJsonWrite("POST", bad, 2)).as(bad)
                    .isInstanceOfSatisfying(BadRequest.class, e -> assertThat(e.status).isEqualTo(415));
        }
        assertThatThrownBy(() -> ContentTypes.requireJsonWrite("POST", null, 2))
                .isInstanceOfSatisfying(BadRequest.class, e -> assertThat(e.status).isEqualTo(415));
    }

    @Test
    void jsonErrorsSayWhereWithoutParserInternals() {
        for (String bad : new String[] {"{", "{\"a\":", "[1,2", "{'a':1}", "[".repeat(2000)}) {
            try {
                SettingsJson.MAPPER.readTree(bad);
            } catch (JsonProcessingException e) {
                assertThat(JsonProblems.detail(e)).as(bad.substring(0, Math.min(10, bad.length())))
                        .startsWith("The request body is not valid JSON")
                        .contains(bad.length() > 100 ? "nested too deeply" : "line 1")
                        .doesNotContainIgnoringCase("feature").doesNotContain("`").doesNotContain("Source")
                        .doesNotContainIgnoringCase("jackson");
                continue;
            }
            throw new AssertionError("parsed: " + bad);
        }
    }

    @Test
    void bodiesAreBoundedOnTheWireAndDecoded() throws IOException {
        byte[] json = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        assertThat(BodyReader.read(new ByteArrayInputStream(json), BodyReader.Coding.IDENTITY, 7)).isEqualTo(json);
        assertThatThrownBy(() -> BodyReader.read(new ByteArrayInputStream(json), BodyReader.Coding.IDENTITY, 6))
                .isInstanceOfSatisfying(BadRequest.class, e -> assertThat(e.status).isEqualTo(413));
        byte[] zipped = gzip(new byte[100_000]);
        assertThat(BodyReader.read(new ByteArrayInputStream(zipped), BodyReader.Coding.GZIP, 100_000)).hasSize(100_000);
        assertThatThrownBy(() -> BodyReader.read(new ByteArrayInputStream(zipped), BodyReader.Coding.GZIP, 99_999))
                .isInstanceOfSatisfying(BadRequest.class, e -> assertThat(e.getMessage()).contains("once decoded"));
        assertThatThrownBy(() -> BodyReader.read(new ByteArrayInputStream(json), BodyReader.Coding.GZIP, 100))
                .isInstanceOfSatisfying(BadRequest.class, e -> assertThat(e.status).isEqualTo(400));
        // gzip inside gzip would be inflated again by WireMock, without a bound
        assertThatThrownBy(() -> BodyReader.read(new ByteArrayInputStream(gzip(zipped)), BodyReader.Coding.GZIP, 1 << 20))
                .isInstanceOfSatisfying(BadRequest.class, e -> assertThat(e.status).isEqualTo(415));
        assertThat(BodyReader.coding("x-gzip")).isEqualTo(BodyReader.Coding.GZIP);
        assertThat(BodyReader.coding("identity, deflate")).isEqualTo(BodyReader.Coding.DEFLATE);
        for (String bad : new String[] {"br", "gzip, gzip", "compress"}) {
            assertThatThrownBy(() -> BodyReader.coding(bad)).as(bad)
                    .isInstanceOfSatisfying(BadRequest.class, e -> assertThat(e.status).isEqualTo(415));
        }
    }

    @Test
    void tokensAndOriginsAreCheckedAndNeverPrinted() {
        String token = "a-token-of-enough-length";
        HttpDoorOptions o = HttpDoorOptions.closed().withAdminToken(token).withCorsOrigin("https://app.example:8443");
        assertThat(o.acceptsToken(token)).isTrue();
        assertThat(o.acceptsToken(token + "x")).isFalse();
        assertThat(o.acceptsToken(null)).isFalse();
        assertThat(HttpDoorOptions.closed().acceptsToken(token)).isFalse();
        assertThat(o.toString()).doesNotContain(token);
        assertThatThrownBy(() -> HttpDoorOptions.closed().withAdminToken("short")).hasMessageContaining("16");
        for (String bad : new String[] {"*", "null", "https://a.example/path", "file:///x", "https://user@a.example"}) {
            assertThatThrownBy(() -> HttpDoorOptions.closed().withCorsOrigin(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(b);
        }
        return out.toByteArray();
    }
}

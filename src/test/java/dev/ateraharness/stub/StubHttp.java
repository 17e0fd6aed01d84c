package dev.ateraharness.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A tiny java.net.http client for the acceptance tests. */
final class StubHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    // HTTP/1.1, as the project's client speaks: the JDK's default (an h2c upgrade, which the stub's WireMock
    // accepts) once hung a request until Jetty's 30 s idle timeout on a loaded machine (StubContractTest)
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private StubHttp() {
    }

    /** Every data set at most 40 items, so tests do not spend CPU generating data they never read. */
    static StubSettings.Builder tiny(StubSettings.Builder b) {
        StubSettings.DEFAULT_SIZES.forEach((name, n) -> b.dataSize(name, Math.min(n, 40)));
        return b;
    }

    static HttpResponse<String> get(AteraStub stub, String path, String key) {
        return send(stub, "GET", path, key, null);
    }

    static HttpResponse<String> send(AteraStub stub, String method, String path, String key, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : stub.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("X-API-KEY", key);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return send(b.build());
    }

    /** As {@link #send(AteraStub, String, String, String, String)}, with {@code Authorization: Bearer key}. */
    static HttpResponse<String> sendBearer(AteraStub stub, String method, String path, String key, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(stub.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + key);
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return send(b.build());
    }

    static HttpResponse<String> send(HttpRequest r) {
        try {
            return CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + s, e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + r.body(), e);
        }
    }
}

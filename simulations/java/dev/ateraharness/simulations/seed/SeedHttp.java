package dev.ateraharness.simulations.seed;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The seed's {@code fetch(url, {headers: {'X-API-KEY': ...}})}: an asynchronous GET over java.net.http with the
 * key header and nothing else (no limiter, no retry). The key is held, never printed.
 */
public final class SeedHttp {

    private final HttpClient http;
    private final String baseUrl;
    private final String apiKey;
    private final Duration timeout;

    /**
     * @param baseUrl the seed's {@code https://app.atera.com/api/v3} (without a trailing slash), or the stub's
     * @param apiKey  sent as X-API-KEY
     */
    public SeedHttp(HttpClient http, String baseUrl, String apiKey, Duration timeout) {
        this.http = Objects.requireNonNull(http, "http");
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.timeout = timeout;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** GET {@code baseUrl + "/" + pathAndQuery}. */
    public CompletableFuture<HttpResponse<String>> get(String pathAndQuery) {
        return get(URI.create(baseUrl + "/" + pathAndQuery));
    }

    public CompletableFuture<HttpResponse<String>> get(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("X-API-KEY", apiKey)
                .GET()
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public String toString() {
        return "SeedHttp[" + baseUrl + "]";
    }
}

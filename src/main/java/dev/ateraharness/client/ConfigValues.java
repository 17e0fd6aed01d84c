package dev.ateraharness.client;

import dev.ateraharness.client.http.JdkHttpTransport;
import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.http.TransportLayer;
import dev.ateraharness.time.Clock;
import dev.ateraharness.time.Scheduler;
import dev.ateraharness.time.SystemTime;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The values of an {@link AteraClientConfig}, with their defaults and checks: mutable while an
 * {@link AteraClientConfig.Builder} fills it, then {@link #frozen() frozen} into the config. Each setting is
 * written once, as a field with its default below; the builder sets it, the config reads it, and copies take every
 * field without naming it. Not thread-safe; a frozen copy is never mutated (its layer list is unmodifiable).
 */
final class ConfigValues implements Cloneable {

    URI baseUrl = AteraClientConfig.DEFAULT_BASE_URL;
    Credentials credentials;
    Duration connectTimeout = Duration.ofSeconds(10);
    Duration requestTimeout = Duration.ofSeconds(30);
    Duration blockingTimeout = Duration.ofHours(6);
    int itemsInPage = 50;
    int maxItemsInPage = 50;
    HttpClient httpClient;
    Transport transport;
    Clock clock = SystemTime.INSTANCE;
    Scheduler scheduler = SystemTime.INSTANCE;
    List<TransportLayer> layers = new ArrayList<>();
    String clientId = "client-1";
    SyncListener syncListener = SyncListener.NONE;
    ResilienceOptions resilience = ResilienceOptions.defaults();
    Duration listCacheTtl = Duration.ofMinutes(5);
    PageConcurrency pageConcurrency = PageConcurrency.sequential();
    long maxResponseBytes = JdkHttpTransport.DEFAULT_MAX_RESPONSE_BYTES;

    /** A copy with a mutable layer list (for a builder). */
    ConfigValues copy() {
        return copyWith(new ArrayList<>(layers));
    }

    /** A copy with an unmodifiable layer list (for a config). */
    ConfigValues frozen() {
        return copyWith(List.copyOf(layers));
    }

    private ConfigValues copyWith(List<TransportLayer> ownLayers) {
        ConfigValues c;
        try {
            // the JVM copies every field, so a setting is declared once above and never listed again here (a
            // hand-written copy that forgot a new field would silently drop it in build() and toBuilder())
            c = (ConfigValues) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError("ConfigValues is Cloneable", e);
        }
        c.layers = ownLayers;
        return c;
    }

    /** The checks {@link AteraClientConfig.Builder#build()} makes across values. */
    void validate() {
        if (credentials == null) {
            throw new IllegalStateException("credentials are required (Credentials.apiKey or .bearer)");
        }
        if (maxItemsInPage < 1) {
            throw new IllegalArgumentException("maxItemsInPage must be >= 1: " + maxItemsInPage);
        }
        if (itemsInPage < 1 || itemsInPage > maxItemsInPage) {
            throw new IllegalArgumentException(
                    "itemsInPage must be in 1.." + maxItemsInPage + ": " + itemsInPage);
        }
    }

    /** {@code url} without trailing slashes, if it is an absolute http(s) URL with no query or fragment. */
    static URI baseUrl(URI url) {
        Objects.requireNonNull(url, "baseUrl");
        String s = url.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        URI u = URI.create(s);
        if (!"http".equalsIgnoreCase(u.getScheme()) && !"https".equalsIgnoreCase(u.getScheme())
                || u.getHost() == null) {
            throw new IllegalArgumentException("base URL must be an absolute http(s) URL: " + u);
        }
        if (u.getRawQuery() != null || u.getRawFragment() != null) {
            throw new IllegalArgumentException("base URL must have no query or fragment: " + u);
        }
        return u;
    }

    /** {@code bytes} if it is a response size the JDK transport accepts. */
    static long maxResponseBytes(long bytes) {
        if (bytes < 1 || bytes > JdkHttpTransport.MAX_RESPONSE_BYTES_LIMIT) {
            throw new IllegalArgumentException("maxResponseSize must be in 1.."
                    + JdkHttpTransport.MAX_RESPONSE_BYTES_LIMIT + " bytes: " + bytes);
        }
        return bytes;
    }

    static Duration positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
        return d;
    }
}

package dev.ateraharness.simulations.seed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ateraharness.time.Scheduler;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

/**
 * A faithful port of the seed's {@code requestWithRetry(url, options, maxRetries = 5)}, quirks included:
 * {@code Retry-After} is read with {@code parseInt} (an HTTP-date or {@code 0} becomes 30 s, {@code 1.5} becomes
 * 1 s), jitter is {@code U(0, 1000)} ms on top; any other non-2xx or unparseable body goes to exponential backoff
 * {@code 2^attempt * 1000 + U(0, 1000)} ms; five 429s in a row end with {@code undefined} (here: a future
 * completed with {@code null}), not an error; POST would be retried like GET.
 *
 * <p>Non-blocking: waits only via the injected {@link Scheduler}; randomness from the injected supplier
 * ({@code Math.random()}).
 */
public final class SeedRetry {

    private final SeedHttp http;
    private final Scheduler scheduler;
    private final DoubleSupplier random;

    public SeedRetry(SeedHttp http, Scheduler scheduler, DoubleSupplier random) {
        this.http = http;
        this.scheduler = scheduler;
        this.random = random;
    }

    /** The parsed JSON body, or null when every attempt was a 429. */
    public CompletableFuture<JsonNode> requestWithRetry(URI url, int maxRetries) {
        return attempt(url, 0, maxRetries);
    }

    public CompletableFuture<JsonNode> requestWithRetry(URI url) {
        return requestWithRetry(url, 5);
    }

    private CompletableFuture<JsonNode> attempt(URI url, int attempt, int maxRetries) {
        if (attempt >= maxRetries) {
            return CompletableFuture.completedFuture(null); // the loop ends: return undefined
        }
        CompletableFuture<HttpResponse<String>> sent;
        try {
            sent = http.get(url);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return sent.handle((response, error) -> {
            if (error != null) {
                return caught(url, attempt, maxRetries, error);
            }
            if (response.statusCode() == 429) {
                long retryAfter = parseIntOr30(response.headers().firstValue("Retry-After").orElse(null));
                double jitter = random.getAsDouble() * 1000;
                long sleepMs = (long) (retryAfter * 1000 + jitter);
                return sleep(sleepMs).thenCompose(slept -> attempt(url, attempt + 1, maxRetries));
            }
            if (response.statusCode() < 200 || response.statusCode() > 299) {
                return caught(url, attempt, maxRetries,
                        new SeedFailure(response.statusCode(), "HTTP " + response.statusCode() + ": "));
            }
            try {
                return CompletableFuture.completedFuture(SeedPatterns.json(response));
            } catch (SeedFailure syntax) {
                return caught(url, attempt, maxRetries, syntax);
            }
        }).thenCompose(next -> next);
    }

    private CompletableFuture<JsonNode> caught(URI url, int attempt, int maxRetries, Throwable error) {
        if (attempt == maxRetries - 1) {
            return CompletableFuture.failedFuture(error);
        }
        double delay = Math.pow(2, attempt) * 1000 + random.getAsDouble() * 1000;
        return sleep((long) delay).thenCompose(slept -> attempt(url, attempt + 1, maxRetries));
    }

    private CompletableFuture<Void> sleep(long ms) {
        return scheduler.delay(TimeUnit.MILLISECONDS.toNanos(Math.max(0, ms)));
    }

    /** {@code parseInt(value) || 30}: leading integer digits; NaN and 0 become 30. */
    static long parseIntOr30(String value) {
        if (value == null) {
            return 30;
        }
        String s = value.strip();
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        long n = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && i - digitsStart < 15) {
            n = n * 10 + (s.charAt(i) - '0');
            i++;
        }
        if (i == digitsStart) {
            return 30;
        }
        long parsed = negative ? -n : n;
        return parsed == 0 ? 30 : parsed;
    }
}

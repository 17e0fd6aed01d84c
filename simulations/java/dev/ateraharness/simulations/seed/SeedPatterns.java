package dev.ateraharness.simulations.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ateraharness.time.Scheduler;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Faithful Java ports of the seed document's JavaScript access patterns, the baseline the shared client is
 * compared with: {@code fetchAllItems} (fixed 100 ms pause between pages), the {@code Promise.all} of three such
 * loops on one key, and {@code makeRequest} behind the seed's {@link SeedRateLimiter}.
 *
 * <p>Guarantees: the same requests, in the same order and pacing, as the JavaScript, including its failure modes:
 * no status check (an error body without {@code items} fails like {@code TypeError}; a non-JSON body like
 * {@code SyntaxError}); a missing {@code totalPages} ends the loop after page 1 (silently losing items).
 * Non-blocking: waits only via the injected {@link Scheduler}. Does NOT guarantee the limit, retries or
 * completeness; that is the point.
 */
public final class SeedPatterns {

    /** The seed's {@code await sleep(100)} between pages. */
    public static final long PAGE_PAUSE_MS = 100;
    /** The seed's {@code itemsInPage=50}. */
    public static final int ITEMS_IN_PAGE = 50;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SeedHttp http;
    private final Scheduler scheduler;
    private final SeedRateLimiter limiter;

    public SeedPatterns(SeedHttp http, Scheduler scheduler) {
        this(http, scheduler, new SeedRateLimiter(scheduler));
    }

    public SeedPatterns(SeedHttp http, Scheduler scheduler, SeedRateLimiter limiter) {
        this.http = http;
        this.scheduler = scheduler;
        this.limiter = limiter;
    }

    /** {@code fetchAllItems(endpoint)}: every page of {@code endpoint}, 100 ms apart, items in page order. */
    public CompletableFuture<List<JsonNode>> fetchAllItems(String endpoint) {
        List<JsonNode> allItems = new ArrayList<>();
        return fetchPage(endpoint, 1, allItems).thenApply(done -> allItems);
    }

    private CompletableFuture<Void> fetchPage(String endpoint, int page, List<JsonNode> allItems) {
        return http.get(endpoint + "?page=" + page + "&itemsInPage=" + ITEMS_IN_PAGE).thenCompose(response -> {
            JsonNode data = json(response); // const data = await response.json();
            JsonNode items = data.get("items");
            if (items == null || !items.isArray()) { // allItems.push(...data.items)
                throw new SeedFailure(response.statusCode(), "TypeError: data.items is not iterable (HTTP "
                        + response.statusCode() + ")");
            }
            items.forEach(allItems::add);
            JsonNode totalPages = data.get("totalPages");
            // hasMore = page < data.totalPages; (undefined or null compares false)
            boolean hasMore = totalPages != null && totalPages.isNumber() && page < totalPages.asDouble();
            if (!hasMore) {
                return CompletableFuture.completedFuture(null);
            }
            return scheduler.delay(TimeUnit.MILLISECONDS.toNanos(PAGE_PAUSE_MS))
                    .thenCompose(slept -> fetchPage(endpoint, page + 1, allItems));
        });
    }

    /**
     * {@code Promise.all([fetchAllItems(a), fetchAllItems(b), fetchAllItems(c)])} on one key: three loops at once.
     * Fails as soon as one fails (like {@code Promise.all}); the others keep running, as in JavaScript.
     */
    public CompletableFuture<List<List<JsonNode>>> fetchAllInParallel(String... endpoints) {
        List<CompletableFuture<List<JsonNode>>> loops = new ArrayList<>();
        for (String endpoint : endpoints) {
            loops.add(fetchAllItems(endpoint));
        }
        CompletableFuture<List<List<JsonNode>>> all = new CompletableFuture<>();
        for (CompletableFuture<List<JsonNode>> loop : loops) {
            loop.whenComplete((ok, error) -> {
                if (error != null) {
                    all.completeExceptionally(error);
                }
            });
        }
        CompletableFuture.allOf(loops.toArray(CompletableFuture[]::new)).thenRun(() -> {
            List<List<JsonNode>> results = new ArrayList<>();
            loops.forEach(loop -> results.add(loop.join()));
            all.complete(results);
        });
        return all;
    }

    /** {@code makeRequest(endpoint)}: {@code await limiter.throttle()} then one GET, response unchecked. */
    public CompletableFuture<HttpResponse<String>> makeRequest(String endpoint) {
        return limiter.throttle().thenCompose(granted -> http.get(endpoint));
    }

    public SeedRateLimiter limiter() {
        return limiter;
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            JsonNode node = JSON.readTree(response.body());
            if (node == null || node.isMissingNode()) {
                throw new SeedFailure(response.statusCode(), "SyntaxError: Unexpected end of JSON input (HTTP "
                        + response.statusCode() + ")");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new SeedFailure(response.statusCode(), "SyntaxError: invalid JSON (HTTP "
                    + response.statusCode() + ")");
        }
    }
}

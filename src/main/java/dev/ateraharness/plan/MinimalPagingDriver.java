package dev.ateraharness.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ateraharness.client.http.RequestTag;
import dev.ateraharness.client.http.TransportRequest;
import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.limit.SlidingLogLimiter;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;

/**
 * TEMPORARY (phase 1 of the planner): a deliberately minimal client, standing in for AteraClient until the real
 * client and its resilience layers are merged; phase 2 replaces it with a driver around the real client.
 *
 * <p>What it does: per key, one exact sliding-log limiter (N per W + guard, on send times) shared by the key's
 * workers; each worker takes shards from the key's queue and fetches their pages in order with
 * {@code ?page=k&itemsInPage=s}. On 429 it waits exactly {@code Retry-After} seconds; on 5xx, I/O errors and
 * timeouts full-jitter backoff {@code U(0, min(30 s, 1 s * 2^(attempt-1)))}; after 10 attempts, or on another
 * 4xx, it gives the page up. Items are counted from each page's {@code items}.
 *
 * <p>It does not follow {@code nextLink} (pages are known from the plan), has no retry budget, and no circuit
 * breaker: it is not a model of a good client, only of a compliant one.
 */
public final class MinimalPagingDriver implements SyncDriver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ATTEMPTS = 10;
    private static final long BACKOFF_BASE = Duration.ofSeconds(1).toNanos();
    private static final long BACKOFF_CAP = Duration.ofSeconds(30).toNanos();

    @Override
    public CompletableFuture<SyncOutcome> sync(SyncContext ctx) {
        return new Run(ctx).start();
    }

    /** Streams the envelope: adds the items' count to c[0], sets c[1] to totalItemCount. No tree is built. */
    static void countItems(byte[] body, long[] c) throws IOException {
        try (JsonParser p = JSON.getFactory().createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a paged envelope");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("items") && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        c[0]++;
                        p.skipChildren();
                    }
                } else if (name.equals("totalItemCount") && value == JsonToken.VALUE_NUMBER_INT) {
                    c[1] = p.getLongValue();
                } else {
                    p.skipChildren();
                }
            }
        }
    }

    private static final class Run {
        private final SyncContext ctx;
        private final SplittableRandom rng;
        private final CompletableFuture<SyncOutcome> done = new CompletableFuture<>();
        private final Map<String, long[]> perEntity = new LinkedHashMap<>(); // itemsSeen, total, pages, requests
        private final long start;
        private int workersLeft;
        private long retries;
        private long failedPages;

        Run(SyncContext ctx) {
            this.ctx = ctx;
            this.rng = new SplittableRandom(ctx.seed());
            this.start = ctx.time().nanos();
        }

        CompletableFuture<SyncOutcome> start() {
            List<Worker> workers = new ArrayList<>();
            for (int k = 0; k < ctx.apiKeys().size(); k++) {
                KeyQueue key = new KeyQueue(ctx.apiKeys().get(k), new ArrayDeque<>(ctx.plan().perKey().get(k)),
                        new SlidingLogLimiter(ctx.limit(), ctx.windowNanos() + ctx.guardNanos(), false));
                for (Shard s : ctx.plan().perKey().get(k)) {
                    perEntity.putIfAbsent(s.entity().name(), new long[] {0, s.entity().items(), 0, 0});
                }
                for (int w = 0; w < ctx.workersPerKey(); w++) {
                    workers.add(new Worker(key));
                }
            }
            workersLeft = workers.size();
            if (workersLeft == 0) {
                finish();
            }
            workers.forEach(Worker::nextShard);
            return done;
        }

        private void workerDone() {
            if (--workersLeft == 0) {
                finish();
            }
        }

        private void finish() {
            List<SyncOutcome.EntitySummary> summaries = new ArrayList<>();
            perEntity.forEach((name, c) -> summaries.add(new SyncOutcome.EntitySummary(name, c[0], c[1], c[2], c[3])));
            done.complete(new SyncOutcome(start, ctx.time().nanos(), summaries, retries, failedPages));
        }

        private record KeyQueue(String apiKey, ArrayDeque<Shard> shards, SlidingLogLimiter limiter) {
        }

        private final class Worker {
            private final KeyQueue key;
            private Shard shard;
            private long page;

            Worker(KeyQueue key) {
                this.key = key;
            }

            void nextShard() {
                shard = key.shards.poll();
                if (shard == null) {
                    workerDone();
                    return;
                }
                page = shard.firstPage();
                attempt(1);
            }

            void attempt(int attempt) {
                long now = ctx.time().nanos();
                long admit = key.limiter.nextAdmissionNanos(now);
                if (admit > now) {
                    ctx.time().schedule(admit - now, () -> attempt(attempt));
                    return;
                }
                key.limiter.record(now);
                String entity = shard.entity().name();
                perEntity.get(entity)[3]++;
                URI uri = URI.create(ctx.baseUri() + "/" + entity + "?page=" + page + "&itemsInPage=" + ctx.itemsInPage());
                Duration timeout = ctx.requestTimeoutNanos() > 0 ? Duration.ofNanos(ctx.requestTimeoutNanos()) : null;
                TransportRequest request = new TransportRequest("GET", uri, Map.of("X-API-KEY", List.of(key.apiKey)),
                        null, timeout, new RequestTag("list" + entity, "/" + entity, true, false, now));
                ctx.transport().send(request).whenComplete((r, e) -> handle(r, e, attempt));
            }

            void handle(TransportResponse response, Throwable error, int attempt) {
                if (error == null && response.status() == 200) {
                    accept(response);
                    return;
                }
                if (error == null && response.status() == 429) {
                    retry(attempt, retryAfterSeconds(response) * 1_000_000_000L);
                } else if (error != null || response.status() >= 500) {
                    long ceiling = Math.min(BACKOFF_CAP, BACKOFF_BASE << Math.min(attempt - 1, 20));
                    retry(attempt, rng.nextLong(ceiling + 1));
                } else {
                    giveUp();
                }
            }

            /** Delay-seconds only (this server sends nothing else); anything unparseable waits 1 s. */
            private long retryAfterSeconds(TransportResponse response) {
                try {
                    return Math.max(0, Long.parseLong(response.header("Retry-After").orElse("1").trim()));
                } catch (NumberFormatException e) {
                    return 1;
                }
            }

            private void retry(int attempt, long delay) {
                if (attempt >= MAX_ATTEMPTS) {
                    giveUp();
                    return;
                }
                retries++;
                ctx.time().schedule(delay, () -> attempt(attempt + 1));
            }

            private void giveUp() {
                failedPages++;
                advance();
            }

            private void accept(TransportResponse response) {
                long[] c = perEntity.get(shard.entity().name());
                try {
                    countItems(response.body(), c);
                    c[2]++;
                } catch (IOException e) {
                    failedPages++;
                }
                advance();
            }

            private void advance() {
                if (page < shard.lastPage()) {
                    page++;
                    attempt(1);
                } else {
                    nextShard();
                }
            }
        }
    }
}

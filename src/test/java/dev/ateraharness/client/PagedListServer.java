package dev.ateraharness.client;

import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.http.TransportRequest;
import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.time.VirtualTime;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongUnaryOperator;

/**
 * A private fake list server, kept only for what the stub's model ({@link InMemoryAtera}) cannot produce: a list
 * that sends links but no totals ({@link #withoutTotals()}: the cursor's fallback), and items inserted at the
 * front mid-sync ({@link #prependAt}: offset paging then repeats and misses ids). Pages, totals, the page clamp
 * and latency are tested on the model (issue 11: one model); do not grow this class.
 */
final class PagedListServer implements Transport {

    final List<Long> sendTimes = Collections.synchronizedList(new ArrayList<>());
    final List<Integer> pagesAsked = Collections.synchronizedList(new ArrayList<>());
    private final VirtualTime time;
    private final LongUnaryOperator latency;
    private final List<Long> ids = new ArrayList<>();
    private boolean totals = true;
    private long changeAtNanos = Long.MAX_VALUE;
    private int prepend;
    private int inFlight;
    private int maxInFlight;
    private long seq;

    /** {@code latency} maps the request's sequence number (from 0) to its latency in nanoseconds. */
    PagedListServer(VirtualTime time, int total, LongUnaryOperator latency) {
        this.time = time;
        this.latency = latency;
        for (long i = 1; i <= total; i++) {
            ids.add(i);
        }
    }

    /** Sends neither {@code totalItemCount} nor {@code totalPages}, only {@code nextLink}. */
    PagedListServer withoutTotals() {
        this.totals = false;
        return this;
    }

    /** At {@code atNanos}, {@code n} new tickets appear at the front of the list (offset paging then repeats). */
    PagedListServer prependAt(long atNanos, int n) {
        this.changeAtNanos = atNanos;
        this.prepend = n;
        return this;
    }

    synchronized int maxInFlight() {
        return maxInFlight;
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        long delay;
        synchronized (this) {
            sendTimes.add(time.nanos());
            inFlight++;
            maxInFlight = Math.max(maxInFlight, inFlight);
            delay = latency.applyAsLong(seq++);
        }
        CompletableFuture<TransportResponse> f = new CompletableFuture<>();
        time.schedule(delay, () -> {
            TransportResponse r = answer(request);
            synchronized (this) {
                inFlight--;
            }
            f.complete(r);
        });
        return f;
    }

    private synchronized TransportResponse answer(TransportRequest request) {
        if (time.nanos() >= changeAtNanos && prepend > 0) {
            long next = ids.stream().mapToLong(Long::longValue).max().orElse(0) + 1;
            for (int i = 0; i < prepend; i++) {
                ids.add(0, next + i);
            }
            prepend = 0;
        }
        String q = request.uri().getRawQuery();
        int page = param(q, "page");
        pagesAsked.add(page);
        int size = param(q, "itemsInPage");
        int total = ids.size();
        int first = (page - 1) * size;
        int n = Math.max(0, Math.min(size, total - first));
        int pages = Math.max(1, (total + size - 1) / size);
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < n; i++) {
            items.append(i == 0 ? "" : ",").append("{\"TicketID\":").append(ids.get(first + i)).append('}');
        }
        String body = "{\"items\":[" + items + "],\"page\":" + page + ",\"itemsInPage\":" + size
                + (totals ? ",\"totalItemCount\":" + total + ",\"totalPages\":" + pages : "")
                + (page >= pages ? ",\"nextLink\":\"\"" : ",\"nextLink\":\"?page=" + (page + 1) + "&itemsInPage="
                + size + "\"") + "}";
        return new TransportResponse(200, Map.of("Content-Type", List.of("application/json")),
                body.getBytes(StandardCharsets.UTF_8), time.nanos());
    }

    private static int param(String query, String name) {
        for (String kv : query.split("&")) {
            String[] p = kv.split("=");
            if (p[0].equals(name)) {
                return Integer.parseInt(p[1]);
            }
        }
        throw new IllegalArgumentException("no " + name + " in " + query);
    }
}

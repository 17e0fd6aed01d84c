package dev.ateraharness.client;

import dev.ateraharness.client.internal.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Reads one entity's pages with several requests in flight, over one or more keys (lanes), and hands them on in
 * page order. Page 1 is read first by a {@link PageCursor} on lane 0; if it gives {@code totalPages} or
 * {@code totalItemCount} the remaining pages are requested by number, each lane keeping at most its
 * {@link PageConcurrency} in flight, the lane with the most room taking the next page; otherwise the cursor goes
 * on alone, one page at a time ({@link SyncSummary.Paging#SEQUENTIAL_NO_TOTALS}).
 *
 * <p>Order and memory: results are held in a reordering buffer and delivered in the order requested; a page is
 * requested only while fewer than {@code buffer} pages are requested-but-not-acknowledged, so memory stays
 * bounded (in push mode a page is acknowledged when delivered; in pull mode, a stream's, when the consumer takes
 * it). Re-planning: a page whose {@code itemsInPage} is below the size it was asked with means the server clamps;
 * the pages not yet delivered are dropped (their answers are discarded when they come) and the rest is planned
 * again at the clamped size from the first item not yet delivered. An empty page ends the walk early (data
 * shrank); a later {@code totalPages} above the plan extends it (data grew).
 *
 * <p>Threading: results may complete on any thread; one thread at a time runs the drain loop
 * ({@link SerialDrain}: a transport that completes synchronously loops instead of recursing), and only it
 * delivers, so delivery is serial and ordered. The first failure fails the sync; no new request starts after it.
 *
 * <p>Parts: {@link FanOutLane} (a key's in-flight control), {@link PageRangePlan} (which pages remain, re-planning
 * on a clamp), {@link ReorderBuffer} (order and the memory bound), {@link SerialDrain} (the serial loop),
 * {@link PageTally} (the counts and the summary, computed as the {@link PageCursor}'s are); this class runs the
 * phases: the cursor for page 1, then the fan-out.
 */
final class PageFanOut<T> {

    private record Request(long seq, PageRangePlan.Planned planned, FanOutLane lane) {
    }

    private record Result<T>(Request request, Page<T> page, Throwable error) {
    }

    /** A page to hand on; {@code tell} unless the cursor already told the listener. */
    private record Delivery<T>(Page<T> page, boolean tell) {
    }

    private final List<FanOutLane> lanes;
    private final Endpoint<T> endpoint;
    private final Query query;
    private final SyncListener listener;
    private final Consumer<? super Page<T>> sink;
    private final boolean pull;
    private final CompletableFuture<SyncSummary> result = new CompletableFuture<>();
    private final SerialDrain drainLoop = new SerialDrain(this::drainOnce, this::fail);

    // guarded by this
    private final ReorderBuffer<Result<T>> buffer;
    private final PageRangePlan plan;
    private final PageTally tally;
    private PageCursor<T> cursor;
    private boolean fanOut;
    private boolean cursorBusy;
    private Result<T> cursorResult;
    private boolean stopped;
    private boolean hadTotals;

    /**
     * Pages requested but not yet delivered, per request allowed in flight. Not 2: with lognormal latency one slow
     * page (p99 900 ms) stalls a window's burst once 2 x cap pages wait behind it, and the planner shows 4 saves
     * ~0.7-3.7 s of a 100,000-ticket sync at caps 16-128 (8 saves nothing more).
     */
    static final int REORDER_FACTOR = 4;

    /**
     * @param pull whether the consumer acknowledges pages itself ({@link #ack()}); else delivery acknowledges
     */
    PageFanOut(List<FanOutLane> lanes, Endpoint<T> endpoint, Query query, SyncListener listener,
               Consumer<? super Page<T>> sink, boolean pull) {
        if (lanes.isEmpty()) {
            throw new IllegalArgumentException("at least one lane");
        }
        endpoint.check(query);
        this.lanes = List.copyOf(lanes);
        this.endpoint = endpoint;
        this.query = query;
        this.listener = listener;
        this.sink = sink;
        this.pull = pull;
        this.buffer = new ReorderBuffer<>(
                Math.max(2, REORDER_FACTOR * lanes.stream().mapToInt(l -> l.concurrency.max()).sum()));
        this.tally = new PageTally(lanes.get(0).pipeline.config().clock());
        this.plan = new PageRangePlan(lanes.get(0).pipeline.config().itemsInPage());
    }

    /** Starts reading; the future completes with the summary (also sent to the listener). Call once. */
    CompletableFuture<SyncSummary> start() {
        SyncListener pagesOnly = new SyncListener() {
            @Override
            public void onPage(String entity, Page<?> page) {
                listener.onPage(entity, page);
            }
        };
        synchronized (this) {
            tally.started();
            cursor = new PageCursor<>(lanes.get(0).pipeline, endpoint, query, plan.size(), pagesOnly);
        }
        drainLoop.signal();
        return result;
    }

    /** Pull mode: the consumer took one page. */
    void ack() {
        synchronized (this) {
            buffer.ack();
        }
        drainLoop.signal();
    }

    /** The summary so far. */
    synchronized SyncSummary summary() {
        if (!fanOut) {
            // a single page with totals needed no fan-out; without totals the cursor walked alone
            return cursor.summary().withPaging(hadTotals ? SyncSummary.Paging.CONCURRENT
                    : SyncSummary.Paging.SEQUENTIAL_NO_TOTALS);
        }
        return tally.summary(endpoint.name(), SyncSummary.Paging.CONCURRENT, plan.replans(),
                lanes.stream().map(FanOutLane::share).toList());
    }

    private void drainOnce() {
        List<Delivery<T>> deliveries = new ArrayList<>();
        List<Request> toSend = new ArrayList<>();
        boolean sendCursor = false;
        SyncSummary finished = null;
        synchronized (this) {
            if (stopped) {
                return;
            }
            if (!fanOut) {
                sendCursor = cursorStep(deliveries);
            }
            if (fanOut) {
                collect(deliveries);
                plan(toSend);
                if (!plan.hasNext() && buffer.isEmpty() && lanes.stream().allMatch(l -> l.inFlight == 0)) {
                    finished = summary();
                    stopped = true;
                }
            } else if (cursor.done() && !cursorBusy && cursorResult == null) {
                finished = summary();
                stopped = true;
            }
        }
        // requests first: they only start an exchange, while a delivery runs the consumer's code, and every
        // millisecond a burst's sends wait here is inherited by every later window (completion accounting)
        toSend.forEach(this::send);
        for (Delivery<T> d : deliveries) {
            if (d.tell()) {
                listener.onPage(endpoint.name(), d.page());
            }
            sink.accept(d.page());
        }
        if (sendCursor) {
            sendCursor();
        }
        if (finished != null) {
            listener.onComplete(finished);
            result.complete(finished);
        }
    }

    /** Cursor phase: take its result, switch to fan-out after page 1 with totals; true to ask the next page. */
    private boolean cursorStep(List<Delivery<T>> deliveries) {
        if (cursorResult != null) {
            Result<T> r = cursorResult;
            cursorResult = null;
            if (r.error() != null) {
                throw new FanOutFailure(r.error());
            }
            Page<T> p = r.page();
            buffer.deliveredDirectly();
            if (!pull) {
                buffer.ackDelivered();
            }
            deliveries.add(new Delivery<>(p, false));
            hadTotals = buffer.delivered() == 1 && (p.totalPages() > 0 || p.totalItemCount() > 0);
            if (hadTotals && !cursor.done()) {
                startFanOut(p);
                return false;
            }
        }
        if (!cursorBusy && !cursor.done() && buffer.hasRoomAfterDelivered()) {
            cursorBusy = true;
            return true;
        }
        return false;
    }

    private void startFanOut(Page<T> first) {
        fanOut = true;
        FanOutLane lane0 = lanes.get(0);
        lane0.requests = 1;
        lane0.pages = 1;
        lane0.items = first.items().size();
        lane0.maxInFlight = 1;
        // page 1 is counted here, not as the cursor delivers it: before a fan-out the cursor's own summary stands
        tally.requested();
        tally.delivered(first.items());
        if (first.totalItemCount() > 0) {
            tally.totalItemCount(first.totalItemCount());
        }
        plan.startAfter(first, first.totalItemCount());
    }

    private void sendCursor() {
        CompletableFuture<Page<T>> f;
        try {
            f = cursor.next();
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        f.whenComplete((p, e) -> {
            synchronized (this) {
                cursorBusy = false;
                tally.answered();
                cursorResult = new Result<>(null, p, e);
            }
            drainLoop.signal();
        });
    }

    /** Fan-out phase: moves results that are next in order from the buffer to {@code deliveries}. */
    private void collect(List<Delivery<T>> deliveries) {
        for (Result<T> r = buffer.pollNext(); r != null; r = buffer.pollNext()) {
            Request q = r.request();
            PageRangePlan.Planned planned = q.planned();
            if (!plan.current(planned)) {
                continue;
            }
            if (r.error() != null) {
                throw new FanOutFailure(r.error());
            }
            Page<T> p = r.page();
            if (PageRangePlan.clamped(planned, p)) {
                plan.replan(p, tally.totalItemCount());
                continue;
            }
            if (p.totalItemCount() > 0) {
                tally.totalItemCount(p.totalItemCount());
            }
            int skip = planned.skip();
            List<T> items = skip == 0 ? p.items()
                    : p.items().subList(Math.min(skip, p.items().size()), p.items().size());
            Page<T> out = skip == 0 ? p : new Page<>(items, p.page(), p.itemsInPage(), p.totalItemCount(),
                    p.totalPages(), p.prevLink(), p.nextLink());
            tally.delivered(items);
            q.lane().pages++;
            q.lane().items += items.size();
            deliveries.add(new Delivery<>(out, true));
            if (!pull) {
                buffer.ackDelivered();
            }
            plan.delivered(planned, p);
        }
    }

    /** Chooses the next requests: the lane with the most room takes the next page, within the buffer. */
    private void plan(List<Request> toSend) {
        while (plan.hasNext() && buffer.hasRoom()) {
            FanOutLane best = FanOutLane.withMostRoom(lanes);
            if (best == null) {
                return;
            }
            Request q = new Request(buffer.claim(), plan.next(), best);
            best.sent();
            tally.requested();
            toSend.add(q);
        }
    }

    private void send(Request q) {
        q.lane().get(endpoint, query, q.planned()).whenComplete((p, e) -> {
            synchronized (this) {
                q.lane().inFlight--;
                tally.answered();
                buffer.put(q.seq(), new Result<>(q, p, e));
            }
            drainLoop.signal();
        });
    }

    private void fail(Throwable e) {
        Throwable cause = e instanceof FanOutFailure f ? Pipeline.unwrap(f.getCause()) : e;
        synchronized (this) {
            stopped = true;
        }
        result.completeExceptionally(cause);
    }

    /** Carries a request's failure out of the drain loop to {@link #fail}. */
    private static final class FanOutFailure extends RuntimeException {
        FanOutFailure(Throwable cause) {
            super(null, cause, false, false);
        }
    }
}

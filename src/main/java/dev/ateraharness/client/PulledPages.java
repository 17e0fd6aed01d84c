package dev.ateraharness.client;

import dev.ateraharness.client.internal.Blocking;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy stream over a {@link PageFanOut} in pull mode: pages are fetched ahead, concurrently, but only as far as
 * the fan-out's buffer beyond what the consumer has taken, so a consumer that stops early (or is slow) holds at
 * most that many pages. Items come in page order; the consuming thread blocks for the next page (at most the
 * blocking timeout per page).
 */
final class PulledPages {

    private static final Object END = new Object();

    private PulledPages() {
    }

    static <T> Stream<T> stream(List<FanOutLane> lanes, Endpoint<T> endpoint, Query query,
                                SyncListener listener, Duration timeout) {
        LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        PageFanOut<T> fanOut = new PageFanOut<>(lanes, endpoint, query, listener, queue::add, true);
        // started on the first pull, so building a stream costs no request
        Iterator<Page<T>> pages = new Iterator<>() {
            private boolean started;
            private Object next;

            @Override
            public boolean hasNext() {
                if (!started) {
                    started = true;
                    fanOut.start().whenComplete((s, e) -> queue.add(e == null ? END : new Failure(e)));
                }
                if (next == null) {
                    try {
                        next = queue.poll(timeout.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        next = new Failure(e);
                    }
                    if (next == null) {
                        next = new Failure(new java.util.concurrent.TimeoutException("no page within " + timeout));
                    }
                }
                if (next instanceof Failure f) {
                    next = END;
                    // rethrow the client's exception as the blocking methods do
                    Blocking.await(CompletableFuture.failedFuture(f.error()), timeout, "GET " + endpoint.pathTemplate());
                }
                return next != END;
            }

            @Override
            @SuppressWarnings("unchecked")
            public Page<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Page<T> p = (Page<T>) next;
                next = null;
                fanOut.ack();
                return p;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false)
                .flatMap(p -> p.items().stream());
    }

    private record Failure(Throwable error) {
    }
}

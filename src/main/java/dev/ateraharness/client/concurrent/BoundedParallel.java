package dev.ateraharness.client.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs an asynchronous call per item with at most {@code maxConcurrency} in flight: fetch several entities by id,
 * or process many items. Parallelism here never breaks the rate limit, because every call still goes through the
 * client's shared limiter; the bound only caps in-flight requests (and memory).
 *
 * <p>Guarantees: results come back in the order of the items; at most {@code maxConcurrency} futures from
 * {@code call} are incomplete at any time; on the first failure no further call is started and the result fails
 * with that error (calls already in flight are left to finish). Parks no thread: the next call starts from the
 * completion of the previous one.
 */
public final class BoundedParallel {

    private BoundedParallel() {
    }

    /** {@code call(item)} for every item, at most {@code maxConcurrency} at a time. */
    public static <T, R> CompletableFuture<List<R>> map(List<T> items, int maxConcurrency,
                                                        Function<? super T, CompletableFuture<R>> call) {
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("maxConcurrency must be at least 1: " + maxConcurrency);
        }
        List<T> input = List.copyOf(items);
        CompletableFuture<List<R>> result = new CompletableFuture<>();
        if (input.isEmpty()) {
            result.complete(List.of());
            return result;
        }
        new Run<T, R>(input, maxConcurrency, call, result).pump();
        return result;
    }

    /**
     * One map call. {@link #pump} is a work-in-progress loop rather than recursion, so calls that complete
     * synchronously (a cache hit) cannot grow the stack with the number of items.
     */
    private static final class Run<T, R> {
        private final List<T> input;
        private final Function<? super T, CompletableFuture<R>> call;
        private final CompletableFuture<List<R>> result;
        private final Object[] out;
        private final AtomicInteger slots;
        private final AtomicInteger wip = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicBoolean failed = new AtomicBoolean();
        private int next; // only touched inside the pump loop, which one thread runs at a time

        Run(List<T> input, int maxConcurrency, Function<? super T, CompletableFuture<R>> call,
            CompletableFuture<List<R>> result) {
            this.input = input;
            this.call = call;
            this.result = result;
            this.out = new Object[input.size()];
            this.slots = new AtomicInteger(maxConcurrency);
        }

        void pump() {
            if (wip.getAndIncrement() != 0) {
                return;
            }
            do {
                while (next < input.size() && !failed.get() && slots.get() > 0) {
                    slots.decrementAndGet();
                    launch(next++);
                }
            } while (wip.decrementAndGet() != 0);
        }

        private void launch(int i) {
            CompletableFuture<R> f;
            try {
                f = call.apply(input.get(i));
            } catch (RuntimeException e) {
                f = CompletableFuture.failedFuture(e);
            }
            f.whenComplete((r, e) -> {
                if (e != null) {
                    if (failed.compareAndSet(false, true)) {
                        result.completeExceptionally(e);
                    }
                    return;
                }
                out[i] = r;
                if (done.incrementAndGet() == input.size()) {
                    List<R> list = new ArrayList<>(out.length);
                    for (Object o : out) {
                        @SuppressWarnings("unchecked")
                        R v = (R) o;
                        list.add(v);
                    }
                    result.complete(list);
                } else {
                    slots.incrementAndGet();
                    pump();
                }
            });
        }
    }

    /** As {@link #map}, discarding results. */
    public static <T> CompletableFuture<Void> forEach(List<T> items, int maxConcurrency,
                                                     Function<? super T, CompletableFuture<?>> call) {
        return map(items, maxConcurrency, t -> call.apply(t).thenApply(x -> Boolean.TRUE)).thenApply(l -> null);
    }
}

package dev.ateraharness.client;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs a step on one thread at a time, once more for every signal that came while it ran (a work-in-progress
 * counter): a transport that completes synchronously loops here instead of recursing, and the step never runs
 * concurrently with itself. A step that throws hands the throwable to {@code onError} and the loop goes on.
 */
final class SerialDrain {

    private final AtomicInteger wip = new AtomicInteger();
    private final Runnable step;
    private final Consumer<Throwable> onError;

    SerialDrain(Runnable step, Consumer<Throwable> onError) {
        this.step = step;
        this.onError = onError;
    }

    /** Signals new work: runs the step now, or makes the thread already running it run it once more. */
    void signal() {
        if (wip.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            try {
                step.run();
            } catch (RuntimeException | Error e) {
                onError.accept(e);
            }
            missed = wip.addAndGet(-missed);
        } while (missed != 0);
    }
}

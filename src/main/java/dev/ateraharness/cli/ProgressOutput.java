package dev.ateraharness.cli;

import java.io.PrintStream;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * Where a progress bar draws. On a terminal: redrawn in place, as usual. Anywhere else (a CI log, a pipe, a file)
 * a redrawn bar turns into hundreds of carriage-return frames, so there it prints one plain line at most every
 * {@link #PLAIN_INTERVAL_NANOS} and the last state when the bar closes: progress stays visible in a log without
 * flooding it.
 */
final class ProgressOutput {

    static final long PLAIN_INTERVAL_NANOS = 10_000_000_000L;

    private ProgressOutput() {
    }

    /** A terminal bar when {@code interactive}, else throttled plain lines. */
    static ProgressBarConsumer to(PrintStream out, int maxLength, boolean interactive) {
        return interactive ? new ConsoleProgressBarConsumer(out, maxLength)
                : new PlainLines(out, maxLength, System::nanoTime);
    }

    /** Whether this process writes to a terminal (no console means output is redirected). */
    static boolean interactive() {
        return System.console() != null;
    }

    /** Plain lines, throttled; the last frame is printed on close so the final count is in the log. */
    static final class PlainLines implements ProgressBarConsumer {
        private final PrintStream out;
        private final int maxLength;
        private final LongSupplier nanos;
        private long lastPrinted = Long.MIN_VALUE;
        private String pending;

        PlainLines(PrintStream out, int maxLength, LongSupplier nanos) {
            this.out = out;
            this.maxLength = maxLength;
            this.nanos = nanos;
        }

        @Override
        public int getMaxRenderedLength() {
            return maxLength;
        }

        @Override
        public synchronized void accept(String rendered) {
            long now = nanos.getAsLong();
            if (lastPrinted == Long.MIN_VALUE || now - lastPrinted >= PLAIN_INTERVAL_NANOS) {
                out.println(rendered.strip());
                out.flush();
                lastPrinted = now;
                pending = null;
            } else {
                pending = rendered;
            }
        }

        @Override
        public synchronized void close() {
            if (pending != null) {
                out.println(pending.strip());
                pending = null;
            }
            out.flush();
        }
    }
}

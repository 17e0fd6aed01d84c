package dev.ateraharness.cli;

import dev.ateraharness.client.Page;
import dev.ateraharness.client.SyncListener;
import dev.ateraharness.time.Clock;
import dev.ateraharness.time.SystemTime;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.io.PrintWriter;
import java.io.Writer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * The sync's progress bar on stderr, in pages, with pages/s and the share of the limit in use: pages received in
 * the last window over what the keys' limits admit in one ({@code N x keys}). Shown only for long syncs (more
 * than {@value #MIN_PAGES} pages announced by the first page), so short runs and scripts get clean output.
 */
final class SyncProgress implements SyncListener, AutoCloseable {

    static final int MIN_PAGES = 5;

    private final PrintWriter err;
    private final boolean enabled;
    private final Clock clock;
    private final long admitted;
    private final long windowNanos;
    private final ArrayDeque<Long> recent = new ArrayDeque<>();
    private ProgressBar bar;
    private long pages;

    SyncProgress(PrintWriter err, boolean enabled) {
        this(err, enabled, SystemTime.INSTANCE, 0, 1);
    }

    /** With {@code limit} > 0, shows the share of {@code limit} per {@code windowNanos} in use. */
    SyncProgress(PrintWriter err, boolean enabled, Clock clock, long limit, long windowNanos) {
        this.err = err;
        this.enabled = enabled;
        this.clock = clock;
        this.admitted = limit;
        this.windowNanos = windowNanos;
    }

    /** Pages received in the last window over the limit, in percent; -1 without a limit. */
    synchronized long limitShare() {
        return admitted <= 0 ? -1 : Math.round(100.0 * recent.size() / admitted);
    }

    @Override
    public synchronized void onPage(String entity, Page<?> page) {
        pages++;
        if (admitted > 0) {
            long now = clock.nanos();
            recent.addLast(now);
            while (!recent.isEmpty() && recent.peekFirst() <= now - windowNanos || recent.size() > admitted * 4) {
                recent.removeFirst();
            }
        }
        if (bar == null && enabled && page.totalPages() > MIN_PAGES) {
            bar = new ProgressBarBuilder()
                    .setTaskName(entity)
                    .setInitialMax(page.totalPages())
                    .setUnit(" pages", 1)
                    .showSpeed()
                    .setConsumer(ProgressOutput.to(new PrintStream(new WriterStream(err), true), 100, ProgressOutput.interactive()))
                    .setUpdateIntervalMillis(250)
                    .build();
        }
        if (bar != null) {
            bar.maxHint(Math.max(page.totalPages(), pages));
            bar.stepTo(pages);
            if (admitted > 0) {
                bar.setExtraMessage(" limit " + limitShare() + "%");
            }
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    /** Bridges picocli's err writer (captured by tests) to the PrintStream the progress bar wants. */
    private static final class WriterStream extends java.io.OutputStream {
        private final Writer w;

        WriterStream(Writer w) {
            this.w = w;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            w.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            w.write(new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public void flush() throws java.io.IOException {
            w.flush();
        }
    }
}

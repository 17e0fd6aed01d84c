package dev.ateraharness.cli;

import dev.ateraharness.client.SyncSummary;
import dev.ateraharness.client.event.AttemptLogWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What {@code sync} does when SIGINT or SIGTERM ends the JVM mid-run: a shutdown hook that closes the attempt log
 * (every row of every attempt finished so far is on disk), writes the summary of the entities that finished, and
 * says so on stderr. The JVM then exits with 128 + the signal (130 for SIGINT, 143 for SIGTERM). The hook does
 * only file writes, so it ends well inside 5 s; {@link #close()} removes it when the run ends on its own.
 *
 * <p>The normal end's writes go through {@link #finishNormally}: exactly one of the two ends writes the files, and
 * a signal that arrives while the normal end is writing waits for it (the JVM halts once the hook returns), so
 * a file is never cut off half-way.
 */
final class SyncShutdown implements AutoCloseable {

    private final PrintWriter err;
    private final AttemptLogWriter attempts;
    private final Path summaryFile;
    private final List<String> order;
    private final List<SyncSummary> finished = new CopyOnWriteArrayList<>();
    private final ReentrantLock writing = new ReentrantLock();
    private boolean written;
    private final Thread hook;

    private SyncShutdown(PrintWriter err, AttemptLogWriter attempts, Path summaryFile, List<String> order) {
        this.err = err;
        this.attempts = attempts;
        this.summaryFile = summaryFile;
        this.order = List.copyOf(order);
        this.hook = new Thread(this::flush, "sync-shutdown");
    }

    /** Registers the hook; {@code order} is the entities' order in the summary. */
    static SyncShutdown install(PrintWriter err, AttemptLogWriter attempts, Path summaryFile, List<String> order) {
        SyncShutdown s = new SyncShutdown(err, attempts, summaryFile, order);
        Runtime.getRuntime().addShutdownHook(s.hook);
        return s;
    }

    /** An entity finished: it goes into the summary written on a signal. */
    void finished(SyncSummary s) {
        finished.add(s);
    }

    /**
     * Runs the normal end's writes ({@code writes}) unless the hook has written the files already.
     *
     * @return false if a signal got there first (the JVM is exiting; the caller should just return)
     */
    boolean finishNormally(Runnable writes) {
        writing.lock();
        try {
            if (written) {
                return false;
            }
            written = true;
            writes.run();
            return true;
        } finally {
            writing.unlock();
        }
    }

    /** The hook's work: runs at most once, and not at all after a normal end wrote the files. */
    void flush() {
        writing.lock();
        try {
            if (written) {
                return;
            }
            written = true;
            write();
        } finally {
            writing.unlock();
        }
    }

    private void write() {
        List<SyncSummary> done = new ArrayList<>(finished);
        done.sort(Comparator.comparingInt(s -> order.indexOf(s.entity())));
        StringBuilder what = new StringBuilder();
        if (attempts != null) {
            try {
                attempts.close();
                what.append("; attempt log closed with every finished attempt");
            } catch (IOException e) {
                what.append("; the attempt log is incomplete: ").append(e.getMessage());
            }
        }
        if (summaryFile != null) {
            try {
                SyncOutput.writeJson(summaryFile, done);
                what.append("; summary written (").append(done.size()).append(" finished entities)");
            } catch (IOException e) {
                what.append("; cannot write ").append(summaryFile).append(": ").append(e.getMessage());
            }
        }
        synchronized (err) {
            err.println("interrupted: stopped by a signal after " + done.size() + " of " + order.size()
                    + " entities" + what);
            err.flush();
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing to undo
        }
    }
}

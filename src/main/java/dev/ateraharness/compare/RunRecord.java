package dev.ateraharness.compare;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One run as the history keeps it: who ran (source), when, on which commit, with which settings (and their
 * fingerprint, the key a default baseline is matched on), whether it passed, and its figures.
 *
 * <p>Guarantees: immutable; settings sorted by name; {@code commit} and {@code fingerprint} are empty strings
 * when unknown (a run read from a bare attempt log has neither).
 *
 * @param runId unique id, e.g. {@code sync-20261130-223000-123-4f2a}
 * @param source what produced it: {@code sync}, {@code check}, {@code plan}, {@code simulation:<Name>}, or a file
 * @param passed whether the run passed its gates (only passing runs become default baselines)
 */
public record RunRecord(String runId, Instant recordedAt, String source, String commit, String fingerprint,
                        Map<String, String> settings, boolean passed, List<FigureData> figures) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    public RunRecord {
        settings = java.util.Collections.unmodifiableMap(new TreeMap<>(settings));
        figures = List.copyOf(figures);
        commit = commit == null ? "" : commit;
        fingerprint = fingerprint == null ? "" : fingerprint;
    }

    /**
     * A new record for a run that just finished: its id from the source and the time, the commit from the
     * environment or git ({@link GitCommit}), the fingerprint of {@code settings}.
     */
    public static RunRecord of(String source, Map<String, String> settings, boolean passed,
                               List<FigureData> figures) {
        Instant now = Instant.now();
        String id = source.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT) + "-" + STAMP.format(now)
                + "-" + Integer.toHexString(0x1000 + ThreadLocalRandom.current().nextInt(0xf000));
        return new RunRecord(id, now, source, GitCommit.current(), SettingsFingerprint.of(settings), settings,
                passed, figures);
    }

    /** The figure with this name, if the run has it. */
    public Optional<FigureData> figure(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The same record with another pass/fail state (a run that regressed is recorded as not passed). */
    public RunRecord withPassed(boolean p) {
        return new RunRecord(runId, recordedAt, source, commit, fingerprint, settings, p, figures);
    }
}

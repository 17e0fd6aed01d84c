package dev.ateraharness.plan;

import dev.ateraharness.client.Endpoint;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The {@code sync} command line that runs a planned combination: K keys (a key file, one key per line) and W in
 * flight per key ({@code --concurrency W}) for the page splits, W entities side by side ({@code --workers W}) for
 * {@link Distribution#ENTITIES}. With {@link Distribution#CLIENT} (the default) the plan simulated exactly that
 * command's code (the client's page fan-out over the keys).
 */
public final class SyncCommandLine {

    private SyncCommandLine() {
    }

    /**
     * The command for {@code s} with {@code keys} keys and {@code workers} workers per key; with several processes
     * ({@link Scenario#processes()}) one {@code sync --redis} line per process, each with its own entities.
     */
    public static String of(Scenario s, int keys, int workers) {
        if (!s.processes().shared()) {
            return single(s, keys, workers);
        }
        List<List<Entity>> shares = s.processEntities();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%d processes on the same key(s), sharing "
                + "each key's limit through one Redis (REDIS: its host%s)", s.processes().count(), keys == 1 ? ""
                : String.format(Locale.ROOT, "; KEYS: the same file of %d keys of separate limits for all", keys)));
        if (shares.size() < s.processes().count()) {
            b.append(String.format(Locale.ROOT, "; only %d have entities to sync", shares.size()));
        }
        b.append(':');
        for (int p = 0; p < shares.size(); p++) {
            b.append(String.format(Locale.ROOT, "%n  process %d: ", p + 1))
                    .append(single(s.withEntities(shares.get(p)), keys, workers))
                    .append(" --redis redis://REDIS:6379");
        }
        return b.toString();
    }

    private static String single(Scenario s, int keys, int workers) {
        String entities = s.entities().stream().map(e -> {
            Endpoint<?> ep = EntityEndpoints.of(e);
            return ep.name();
        }).collect(Collectors.joining(","));
        StringBuilder b = new StringBuilder("atera-harness sync --entity ").append(entities)
                .append(" --items-in-page ").append(s.effectivePageSize())
                .append(" --limit ").append(s.limit())
                .append(" --window ").append(option(s.windowNanos()))
                .append(" --guard ").append(s.guardNanos() == 0 ? "0" : option(s.guardNanos()));
        if (s.distribution() == Distribution.ENTITIES) {
            b.append(" --workers ").append(workers).append(" --concurrency 1");
        } else {
            b.append(" --concurrency ").append(workers);
        }
        if (keys > 1) {
            b.append(String.format(Locale.ROOT, " --key-file KEYS%s", s.processes().shared() ? ""
                    : String.format(Locale.ROOT, "   # KEYS: %d keys of separate limits, one per line", keys)));
        }
        return b.toString();
    }

    /** A duration as the sync command reads it: whole seconds as {@code 60s}, else milliseconds. */
    private static String option(long nanos) {
        return nanos % 1_000_000_000L == 0 ? nanos / 1_000_000_000L + "s" : Math.max(1, nanos / 1_000_000L) + "ms";
    }
}

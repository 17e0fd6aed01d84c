package dev.ateraharness.plan;

import java.util.Locale;

/**
 * How the sync's requests are spread over keys and, within a key, over workers. Either way the W workers of a
 * key share that key's limiter, and every key has its own limit on the server.
 */
public enum Distribution {
    /**
     * Whole entities: each entity is paged sequentially by one worker (as a plain pager following
     * {@code nextLink}); entities go to keys greedily, largest first, to the key with the fewest requests so
     * far (LPT); a key's workers take its entities from a queue. One huge entity then bounds the sync. With one
     * key this is {@code sync --workers W --concurrency 1}; with several, {@code sync} fans each entity over all
     * keys instead, so a multi-key plan with this split is a comparison, not a recipe.
     */
    ENTITIES("entities"),
    /**
     * The default: what {@code sync} runs, entity after entity, each read by the client's page fan-out over the
     * keys ({@link dev.ateraharness.client.KeyShards}): page 1 first, then the next page to the key with the most
     * room, at most W in flight per key. The same code as {@code sync --key-file KEYS --concurrency W}; its floor
     * counts an equal (±1) share of all requests per key, met exactly with one key and within one window
     * (W + guard) over several. (The planner's former {@code pages} split, fixed page ranges per worker that no
     * command ran, is gone: this is the one page split, planned and run.)
     */
    CLIENT("client");

    private final String cliName;

    Distribution(String cliName) {
        this.cliName = cliName;
    }

    /** Parses {@code client} or {@code entities}. */
    public static Distribution parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Distribution d : values()) {
            if (d.cliName.equals(t)) {
                return d;
            }
        }
        if (t.equals("pages")) {
            throw new IllegalArgumentException("--split pages was removed: use client (the same page split over keys "
                    + "and requests in flight, and the code sync runs)");
        }
        throw new IllegalArgumentException("unknown split '" + text + "' (expected client or entities)");
    }

    @Override
    public String toString() {
        return cliName;
    }
}

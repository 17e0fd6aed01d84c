package dev.ateraharness.plan;

import java.util.Locale;

/**
 * How the sync's requests are spread over keys and, within a key, over workers. Either way the W workers of a
 * key share that key's limiter, and every key has its own limit on the server.
 */
public enum Distribution {
    /**
     * The planner's idealised split, kept as an explicit option and for the validation against the real stub:
     * no command runs it, so a plan made with it is a bound, not a recipe. Page ranges: the pages of all
     * entities, in order, are cut into K contiguous, equal (±1) runs, one per key; each key's run into W equal
     * runs, one per worker, that fetch {@code page=k} directly. Balances perfectly, so it reaches the floor;
     * needs the item counts up front (a first request per entity gives them).
     */
    PAGES("pages"),
    /**
     * Whole entities: each entity is paged sequentially by one worker (as a plain pager following
     * {@code nextLink}); entities go to keys greedily, largest first, to the key with the fewest requests so
     * far (LPT); a key's workers take its entities from a queue. One huge entity then bounds the sync.
     */
    ENTITIES("entities"),
    /**
     * The default: what {@code sync} runs, entity after entity, each read by the client's page fan-out over the
     * keys ({@link dev.ateraharness.client.KeyShards}): page 1 first, then the next page to the key with the most
     * room, at most W in flight per key. The same code as {@code sync --key-file KEYS --concurrency W}; the floor
     * is that of {@link #PAGES}, met exactly with one key and within one window (W + guard) over several.
     */
    CLIENT("client");

    private final String cliName;

    Distribution(String cliName) {
        this.cliName = cliName;
    }

    /** Parses {@code client}, {@code entities} or {@code pages}. */
    public static Distribution parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Distribution d : values()) {
            if (d.cliName.equals(t)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown split '" + text + "' (expected pages, entities or client)");
    }

    @Override
    public String toString() {
        return cliName;
    }
}

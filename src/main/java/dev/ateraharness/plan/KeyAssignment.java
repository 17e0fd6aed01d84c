package dev.ateraharness.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which key reads what, as each {@link Distribution} does it, for the simulated sync ({@link ClientSync}) and
 * the floor ({@link Scenario#floorNanos()}) alike: with {@link Distribution#CLIENT} the client's fan-out spreads
 * every entity's pages over the keys, so each key reads an equal (±1) share of all requests; with
 * {@link Distribution#ENTITIES} whole entities go to keys largest first, each to the key with the fewest requests
 * so far (LPT; a stable order, so the assignment is deterministic).
 */
final class KeyAssignment {

    private KeyAssignment() {
    }

    /** For {@link Distribution#ENTITIES}: the entities each key reads, in the order its workers take them. */
    static List<List<Entity>> entitiesPerKey(List<Entity> entities, int keys, int itemsInPage) {
        List<List<Entity>> perKey = new ArrayList<>();
        long[] load = new long[keys];
        for (int k = 0; k < keys; k++) {
            perKey.add(new ArrayList<>());
        }
        List<Entity> order = new ArrayList<>(entities);
        // stable sort: equal sizes keep the user's order
        order.sort(Comparator.comparingLong((Entity e) -> e.requests(itemsInPage)).reversed());
        for (Entity e : order) {
            int best = 0;
            for (int k = 1; k < keys; k++) {
                if (load[k] < load[best]) {
                    best = k;
                }
            }
            perKey.get(best).add(e);
            load[best] += e.requests(itemsInPage);
        }
        return perKey.stream().map(List::copyOf).toList();
    }

    /** Requests (without retries) each key sends, in key order. */
    static List<Long> requestsPerKey(List<Entity> entities, int keys, int itemsInPage, Distribution how) {
        if (keys < 1 || itemsInPage < 1) {
            throw new IllegalArgumentException("keys and itemsInPage must be >= 1");
        }
        List<Long> out = new ArrayList<>();
        if (how == Distribution.ENTITIES) {
            for (List<Entity> es : entitiesPerKey(entities, keys, itemsInPage)) {
                out.add(es.stream().mapToLong(e -> e.requests(itemsInPage)).sum());
            }
            return out;
        }
        long total = entities.stream().mapToLong(e -> e.requests(itemsInPage)).sum();
        for (int k = 0; k < keys; k++) {
            out.add(total / keys + (k < total % keys ? 1 : 0));
        }
        return out;
    }
}

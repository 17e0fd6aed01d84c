package dev.ateraharness.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which shards each key's workers fetch, in queue order. Built by {@link #split}; immutable.
 *
 * @param perKey for key i, the shards its workers take from a shared queue, in order
 */
public record WorkPlan(List<List<Shard>> perKey) {

    public WorkPlan {
        perKey = perKey.stream().map(List::copyOf).toList();
    }

    /** Requests (without retries) per key, in key order. */
    public List<Long> requestsPerKey() {
        return perKey.stream().map(s -> s.stream().mapToLong(Shard::requests).sum()).toList();
    }

    /** The floor of this plan (see {@link Floor}). */
    public long floorNanos(int limit, long windowNanos) {
        return Floor.totalNanos(requestsPerKey(), limit, windowNanos);
    }

    /** Splits the entities' pages over {@code keys} keys and {@code workers} workers per key. */
    public static WorkPlan split(List<Entity> entities, int keys, int workers, int itemsInPage, Distribution how) {
        if (keys < 1 || workers < 1 || itemsInPage < 1) {
            throw new IllegalArgumentException("keys, workers and itemsInPage must be >= 1");
        }
        return how != Distribution.ENTITIES ? byPages(entities, keys, workers, itemsInPage)
                : byEntities(entities, keys, itemsInPage);
    }

    private static WorkPlan byPages(List<Entity> entities, int keys, int workers, int itemsInPage) {
        long total = entities.stream().mapToLong(e -> e.requests(itemsInPage)).sum();
        List<List<Shard>> perKey = new ArrayList<>();
        Cursor cursor = new Cursor(entities, itemsInPage);
        for (int k = 0; k < keys; k++) {
            long keyShare = share(total, keys, k);
            List<Shard> shards = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                shards.addAll(cursor.take(share(keyShare, workers, w)));
            }
            perKey.add(shards);
        }
        return new WorkPlan(perKey);
    }

    private static WorkPlan byEntities(List<Entity> entities, int keys, int itemsInPage) {
        List<List<Shard>> perKey = new ArrayList<>();
        long[] load = new long[keys];
        for (int k = 0; k < keys; k++) {
            perKey.add(new ArrayList<>());
        }
        List<Entity> order = new ArrayList<>(entities);
        // stable sort: equal sizes keep the user's order, so the plan is deterministic
        order.sort(Comparator.comparingLong((Entity e) -> e.requests(itemsInPage)).reversed());
        for (Entity e : order) {
            int best = 0;
            for (int k = 1; k < keys; k++) {
                if (load[k] < load[best]) {
                    best = k;
                }
            }
            long r = e.requests(itemsInPage);
            perKey.get(best).add(new Shard(e, 1, r));
            load[best] += r;
        }
        return new WorkPlan(perKey);
    }

    /** Part {@code i} of {@code n} near-equal parts of {@code total}: the first total % n parts get one more. */
    private static long share(long total, int n, int i) {
        return total / n + (i < total % n ? 1 : 0);
    }

    /** Walks the entities' pages in order, cutting off runs of a given length at entity boundaries. */
    private static final class Cursor {
        private final List<Entity> entities;
        private final int itemsInPage;
        private int index;
        private long nextPage = 1;

        Cursor(List<Entity> entities, int itemsInPage) {
            this.entities = entities;
            this.itemsInPage = itemsInPage;
        }

        List<Shard> take(long requests) {
            List<Shard> out = new ArrayList<>();
            long left = requests;
            while (left > 0 && index < entities.size()) {
                Entity e = entities.get(index);
                long last = e.requests(itemsInPage);
                long end = Math.min(last, nextPage + left - 1);
                out.add(new Shard(e, nextPage, end));
                left -= end - nextPage + 1;
                if (end == last) {
                    index++;
                    nextPage = 1;
                } else {
                    nextPage = end + 1;
                }
            }
            return out;
        }
    }
}

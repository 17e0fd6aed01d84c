package dev.ateraharness.plan;

/**
 * A contiguous run of pages of one entity, fetched in order by one worker.
 *
 * @param entity    the entity list
 * @param firstPage first page (1-based)
 * @param lastPage  last page, inclusive
 */
public record Shard(Entity entity, long firstPage, long lastPage) {

    public Shard {
        if (firstPage < 1 || lastPage < firstPage) {
            throw new IllegalArgumentException("bad page range " + firstPage + ".." + lastPage);
        }
    }

    /** Number of page requests (without retries). */
    public long requests() {
        return lastPage - firstPage + 1;
    }
}

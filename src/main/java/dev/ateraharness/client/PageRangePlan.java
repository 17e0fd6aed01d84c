package dev.ateraharness.client;

/**
 * Which pages a {@link PageFanOut} still has to request, at which size, and re-planning when the server clamps
 * the page size. Pages are requested by number; after a clamp the rest is planned again at the clamped size from
 * the first item not yet delivered ({@link #covered}), skipping the part of the first new page already delivered.
 * A generation number tells the answers of an abandoned plan apart. Not thread-safe: guarded by the fan-out.
 */
final class PageRangePlan {

    /** One planned request: the page number, the size it is asked with and the items of it already delivered. */
    record Planned(long page, int size, int skip, int generation) {
    }

    private int size;
    private long lastPage;
    private long nextPage;
    private int nextSkip;
    private int generation;
    private long covered;
    private int replans;

    PageRangePlan(int size) {
        this.size = size;
    }

    /** The page size requested now. */
    int size() {
        return size;
    }

    /** Plans pages 2.. from page 1's totals (page 1 may already show a clamp). */
    void startAfter(Page<?> first, long totalItemCount) {
        if (first.itemsInPage() > 0 && first.itemsInPage() < size) {
            size = first.itemsInPage();
        }
        lastPage = first.totalPages() > 0 ? first.totalPages() : ceilDiv(totalItemCount, size);
        nextPage = 2;
        covered = first.items().size();
    }

    boolean hasNext() {
        return nextPage <= lastPage;
    }

    /** The next page to request; call only when {@link #hasNext()}. */
    Planned next() {
        Planned p = new Planned(nextPage++, size, nextSkip, generation);
        nextSkip = 0;
        return p;
    }

    /** Whether an answer to {@code p} still belongs to the current plan. */
    boolean current(Planned p) {
        return p.generation() == generation;
    }

    /** An answer to {@code p} came back with fewer items in a page than asked: the server clamps. */
    static boolean clamped(Planned p, Page<?> page) {
        return page.itemsInPage() > 0 && page.itemsInPage() < p.size();
    }

    /** Drops the pages not yet delivered and plans the rest at the clamped size. */
    void replan(Page<?> clamped, long totalItemCount) {
        replans++;
        generation++;
        int newSize = clamped.itemsInPage();
        size = newSize;
        nextPage = covered / newSize + 1;
        nextSkip = (int) (covered % newSize);
        long total = clamped.totalItemCount() > 0 ? clamped.totalItemCount() : totalItemCount;
        lastPage = clamped.totalPages() > 0 ? clamped.totalPages() : ceilDiv(total, newSize);
    }

    /** Page {@code p} was delivered; an empty one ends the plan there, a larger {@code totalPages} extends it. */
    void delivered(Planned p, Page<?> page) {
        if (page.items().isEmpty()) {
            // the data shrank under us: nothing lies beyond an empty page
            lastPage = Math.min(lastPage, p.page());
            generation++;
            return;
        }
        covered = (p.page() - 1) * p.size() + page.items().size();
        if (page.totalPages() > lastPage) {
            lastPage = page.totalPages();
        }
    }

    int replans() {
        return replans;
    }

    private static long ceilDiv(long a, long b) {
        return a <= 0 ? 0 : (a + b - 1) / b;
    }
}

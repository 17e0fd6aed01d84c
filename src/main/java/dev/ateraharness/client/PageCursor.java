package dev.ateraharness.client;

import dev.ateraharness.client.internal.Json;
import dev.ateraharness.client.internal.Pipeline;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Walks the pages of one list endpoint, one {@link #next()} at a time. Obtain it from
 * {@link AteraClient#cursor(Endpoint, Query)}; the client's streams, {@code listAll} and {@code sync} are built on
 * it.
 *
 * <p>End of data: an empty page, {@code nextLink == ""}, or {@code page >= totalPages}. A {@code nextLink} that is
 * null or absent ends the walk unless {@code totalPages} says more pages exist (the seed envelope has no links).
 * A {@code nextLink} is followed only if it has the base URL's scheme, host and port (relative links resolve
 * against the base); otherwise the next URL is built from the page number, so the key never goes to another
 * host. A server that clamps {@code itemsInPage} below the request is believed: later pages ask for the clamped
 * size. A page that does not advance (page number not above the last, the same items again, a link already
 * visited) fails with {@link PaginationStalledException} instead of looping; so does an empty page whose own
 * envelope claims more ({@code page < totalPages}, or {@code totalItemCount > 0} when nothing was read yet): a
 * listing the server truncated is never reported as a complete sync.
 *
 * <p>Not thread-safe: call {@link #next()} again only after the previous future completed.
 */
public final class PageCursor<T> {

    private final Pipeline pipeline;
    private final Endpoint<T> endpoint;
    private final Query query;
    private final SyncListener listener;
    private final Set<URI> visited = new HashSet<>();
    private final PageTally tally;

    private int itemsInPage;
    private int nextPage = 1;
    private URI nextUri;
    private int lastPageNumber;
    private List<T> lastItems = List.of();
    private boolean done;

    PageCursor(Pipeline pipeline, Endpoint<T> endpoint, Query query, int itemsInPage, SyncListener listener) {
        this.pipeline = pipeline;
        this.endpoint = endpoint;
        this.query = query;
        this.itemsInPage = itemsInPage;
        this.listener = Objects.requireNonNull(listener, "listener");
        endpoint.check(query);
        this.nextUri = build(1);
        this.tally = new PageTally(pipeline.config().clock());
        tally.started();
    }

    /** Whether the last page has been read (or the walk failed). */
    public boolean done() {
        return done;
    }

    /**
     * The next page; fails with {@link IllegalStateException} when {@link #done()}. A failed request ends the
     * walk (the future fails with the client's exception).
     */
    public CompletableFuture<Page<T>> next() {
        if (done) {
            return CompletableFuture.failedFuture(new IllegalStateException("no more pages"));
        }
        URI uri = nextUri;
        visited.add(uri);
        tally.requested();
        return exchange(pipeline, endpoint, uri).handle((page, e) -> {
            tally.answered();
            if (e != null) {
                done = true;
                throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
            }
            accept(page, uri);
            return page;
        });
    }

    /** One GET of the page at {@code uri}, read as {@code endpoint}'s items (the fan-out's requests too). */
    static <T> CompletableFuture<Page<T>> exchange(Pipeline pipeline, Endpoint<T> endpoint, URI uri) {
        Pipeline.Call call = new Pipeline.Call("GET", endpoint.operation(), endpoint.pathTemplate(), uri,
                new byte[0], false);
        return pipeline.exchange(call, r -> Json.pageReader(endpoint.itemType()).readValue(r.body()));
    }

    /** What has been read so far (the final summary once {@link #done()}). */
    public SyncSummary summary() {
        return tally.summary(endpoint.name(), SyncSummary.Paging.SEQUENTIAL, 0, List.of());
    }

    private void accept(Page<T> page, URI uri) {
        String path = uri.getRawPath();
        if (page.page() > 0 && lastPageNumber > 0 && page.page() <= lastPageNumber) {
            fail(path, "server returned page " + page.page() + " after page " + lastPageNumber);
        }
        if (!page.items().isEmpty() && page.items().equals(lastItems)) {
            fail(path, "server returned the same " + page.items().size() + " items as the previous page");
        }
        int current = page.page() > 0 ? page.page() : nextPage;
        if (page.items().isEmpty()
                && (current < page.totalPages() || tally.itemsSeen() == 0 && page.totalItemCount() > 0)) {
            // an empty page that itself claims more data contradicts itself (a deletion race cannot do that
            // within one response): ending here as success would report a truncated listing as complete
            fail(path, "page " + current + " is empty, yet the same page claims totalPages=" + page.totalPages()
                    + " and totalItemCount=" + page.totalItemCount() + "; the listing ended with " + tally.itemsSeen()
                    + " items, so it is not reported as complete");
        }
        lastPageNumber = page.page() > 0 ? page.page() : lastPageNumber;
        lastItems = page.items();
        tally.delivered(page.items());
        if (page.totalItemCount() > 0 || page.items().isEmpty() || tally.totalItemCount() < 0) {
            tally.totalItemCount(page.totalItemCount());
        }
        if (page.itemsInPage() > 0 && page.itemsInPage() < itemsInPage) {
            itemsInPage = page.itemsInPage();
        }
        listener.onPage(endpoint.name(), page);
        nextPage = current + 1;
        boolean lastByCount = page.totalPages() > 0 && current >= page.totalPages();
        if (page.items().isEmpty() || "".equals(page.nextLink()) || lastByCount) {
            finish();
        } else if (page.hasNextLink()) {
            URI next = follow(page.nextLink());
            if (visited.contains(next)) {
                fail(path, "nextLink points to a page already read");
            }
            nextUri = next;
        } else if (page.totalPages() > 0) {
            nextUri = build(nextPage);
        } else {
            finish();
        }
    }

    private URI follow(String link) {
        URI base = pipeline.config().baseUrl();
        URI target;
        try {
            target = URI.create(base + "/").resolve(link.trim());
        } catch (IllegalArgumentException badLink) {
            return build(nextPage);
        }
        boolean sameOrigin = base.getScheme().equalsIgnoreCase(target.getScheme())
                && base.getHost().equalsIgnoreCase(target.getHost())
                && effectivePort(base) == effectivePort(target);
        return sameOrigin ? target : build(nextPage);
    }

    private static int effectivePort(URI u) {
        if (u.getPort() >= 0) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    private URI build(int page) {
        return pipeline.uri(endpoint.pathTemplate(), query.pathParams(),
                Pipeline.pagedQuery(query.filters(), page, itemsInPage));
    }

    private void finish() {
        done = true;
        listener.onComplete(summary());
    }

    private void fail(String path, String why) {
        done = true;
        throw new PaginationStalledException("GET", path, why + " (" + endpoint.name() + ", after " + tally.pages()
                + " pages)");
    }
}

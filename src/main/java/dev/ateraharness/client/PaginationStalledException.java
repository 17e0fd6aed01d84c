package dev.ateraharness.client;

/**
 * A paged endpoint stopped advancing: the server returned a page number not above the previous one, the same
 * items again, a {@code nextLink} already visited, or more pages than it announced; or it stopped short: an empty
 * page that itself claims more pages (or, with nothing read yet, more items). Raised instead of looping, and
 * instead of reporting a truncated listing as a complete one.
 */
public class PaginationStalledException extends AteraException {

    private static final long serialVersionUID = 1L;

    public PaginationStalledException(String method, String path, String message) {
        super(method, path, message, null);
    }
}

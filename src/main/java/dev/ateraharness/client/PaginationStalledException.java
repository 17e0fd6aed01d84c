package dev.ateraharness.client;

/**
 * A paged endpoint stopped advancing: the server returned a page number not above the previous one, the same
 * items again, a {@code nextLink} already visited, or more pages than it announced. Raised instead of looping.
 */
public class PaginationStalledException extends AteraException {

    private static final long serialVersionUID = 1L;

    public PaginationStalledException(String method, String path, String message) {
        super(method, path, message, null);
    }
}

package dev.ateraharness.client;

/**
 * Root of everything the client throws (also the cause inside a failed future). Messages name the method, the
 * path (never the query string, never a header) and what went wrong; they never contain the API key.
 *
 * <p>Subtypes: {@link AteraApiException} (the server answered with an error status), {@link AteraTransportException}
 * (no usable answer: I/O, timeout, a layer gave up), {@link MalformedResponseException} (a 2xx that does not
 * decode), {@link PaginationStalledException} (a paged endpoint stopped advancing).
 */
public class AteraException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final String path;

    public AteraException(String method, String path, String message, Throwable cause) {
        super(method + " " + path + ": " + message, cause);
        this.method = method;
        this.path = path;
    }

    /**
     * The client's exception behind a failed future: {@code failure} with CompletionException/ExecutionException
     * unwrapped; when that is not already an AteraException it is wrapped as one for {@code method} {@code path}.
     */
    public static AteraException from(Throwable failure, String method, String path) {
        Throwable t = dev.ateraharness.client.internal.Pipeline.unwrap(failure);
        return t instanceof AteraException ae ? ae : new AteraException(method, path, String.valueOf(t), t);
    }

    /** The HTTP method. */
    public String method() {
        return method;
    }

    /** The request path (no query string). */
    public String path() {
        return path;
    }
}

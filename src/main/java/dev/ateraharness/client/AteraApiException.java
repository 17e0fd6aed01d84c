package dev.ateraharness.client;

/**
 * The server answered with a non-2xx status. Subclasses name the statuses callers commonly branch on; any other
 * status (for example 405 or 422) arrives as this class.
 */
public class AteraApiException extends AteraException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient ErrorDetail error;

    public AteraApiException(String method, String path, int status, ErrorDetail error) {
        super(method, path, status + " " + error.summary(), null);
        this.status = status;
        this.error = error;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** What the body said. */
    public ErrorDetail error() {
        return error;
    }
}

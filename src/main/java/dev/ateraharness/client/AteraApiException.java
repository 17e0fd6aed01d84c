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
        this(method, path, status, error, "");
    }

    /** With {@code note} appended to the message (what the client did about the status, and why). */
    protected AteraApiException(String method, String path, int status, ErrorDetail error, String note) {
        super(method, path, status + " " + error.summary() + note, null);
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

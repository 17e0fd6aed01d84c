package dev.ateraharness.client;

/**
 * No usable HTTP answer: connection refused or reset, a timeout (connect or per request), or a transport layer
 * that gave up (for example a limiter that could not grant a permit).
 */
public class AteraTransportException extends AteraException {

    private static final long serialVersionUID = 1L;

    private final boolean timeout;

    public AteraTransportException(String method, String path, String message, boolean timeout, Throwable cause) {
        super(method, path, message, cause);
        this.timeout = timeout;
    }

    /** Whether the failure was a timeout. */
    public boolean isTimeout() {
        return timeout;
    }
}

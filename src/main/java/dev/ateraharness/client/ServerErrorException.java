package dev.ateraharness.client;

/** HTTP 5xx: the server failed (after any retries the configured layers made). */
public class ServerErrorException extends AteraApiException {

    private static final long serialVersionUID = 1L;

    public ServerErrorException(String method, String path, int status, ErrorDetail error) {
        super(method, path, status, error);
    }
}

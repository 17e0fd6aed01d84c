package dev.ateraharness.client;

/** A success status whose body does not decode as the expected JSON. */
public class MalformedResponseException extends AteraException {

    private static final long serialVersionUID = 1L;

    public MalformedResponseException(String method, String path, String message, Throwable cause) {
        super(method, path, message, cause);
    }
}

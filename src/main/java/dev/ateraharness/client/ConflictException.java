package dev.ateraharness.client;

/** HTTP 409: the request conflicts with the entity's state. */
public class ConflictException extends AteraApiException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String method, String path, ErrorDetail error) {
        super(method, path, 409, error);
    }
}

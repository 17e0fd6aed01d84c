package dev.ateraharness.client;

/** HTTP 404: the entity or route does not exist. */
public class NotFoundException extends AteraApiException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String method, String path, ErrorDetail error) {
        super(method, path, 404, error);
    }
}

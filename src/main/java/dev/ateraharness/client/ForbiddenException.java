package dev.ateraharness.client;

/** HTTP 403: the key is valid but lacks the permission (or the plan has no API access). */
public class ForbiddenException extends AteraApiException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String method, String path, ErrorDetail error) {
        super(method, path, 403, error);
    }
}

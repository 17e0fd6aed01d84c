package dev.ateraharness.client;

/** HTTP 401: the key was missing, wrong or revoked (Atera answers with an empty body). */
public class UnauthorizedException extends AteraApiException {

    private static final long serialVersionUID = 1L;

    public UnauthorizedException(String method, String path, ErrorDetail error) {
        super(method, path, 401, error);
    }
}

package dev.ateraharness.client;

/** HTTP 400: the request was invalid (bad parameter, bad date, missing field). */
public class BadRequestException extends AteraApiException {

    private static final long serialVersionUID = 1L;

    public BadRequestException(String method, String path, ErrorDetail error) {
        super(method, path, 400, error);
    }
}

package dev.ateraharness.stub.internal;

/** Thrown by handlers for a client error; becomes a 4xx in the profile's error shape. */
final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    BadRequest(int status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    BadRequest(String detail) {
        this(400, detail);
    }
}

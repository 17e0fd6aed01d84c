package dev.ateraharness.stub.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A response while the model builds it (then a {@link dev.ateraharness.stub.StubResponse}). Mutable only while being built. */
final class Reply {
    static final String JSON = "application/json; charset=utf-8";
    static final String PROBLEM = "application/problem+json; charset=utf-8";
    static final byte[] NONE = new byte[0];

    int status;
    byte[] body;
    String contentType;
    final List<String[]> headers = new ArrayList<>(4);
    int retryAfter = -1;
    /** 0 none, 1 reset, 2 empty response. */
    int fault;
    /** Delay between arrival and the response (or fault), nanoseconds. */
    long delayNanos;

    Reply(int status, byte[] body, String contentType) {
        this.status = status;
        this.body = body;
        this.contentType = contentType;
    }

    static Reply json(int status, byte[] body) {
        return new Reply(status, body, JSON);
    }

    static Reply json(int status, String body) {
        return new Reply(status, body.getBytes(StandardCharsets.UTF_8), JSON);
    }

    static Reply empty(int status) {
        return new Reply(status, NONE, null);
    }

    Reply header(String name, String value) {
        headers.add(new String[] {name, value});
        return this;
    }

    Reply retryAfter(long seconds) {
        this.retryAfter = (int) Math.min(Integer.MAX_VALUE, seconds);
        return header("Retry-After", String.valueOf(seconds));
    }
}

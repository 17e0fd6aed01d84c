package dev.ateraharness.stub.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link Reply} straight to a servlet response, for answers given before WireMock sees a request. */
final class DoorReplies {

    private DoorReplies() {
    }

    static void write(Reply r, HttpServletResponse response) throws IOException {
        response.setStatus(r.status);
        for (String[] h : r.headers) {
            response.setHeader(h[0], h[1]);
        }
        if (r.contentType != null) {
            response.setContentType(r.contentType);
        }
        response.setContentLength(r.body.length);
        if (r.body.length > 0) {
            OutputStream out = response.getOutputStream();
            out.write(r.body);
        }
        response.flushBuffer();
    }
}

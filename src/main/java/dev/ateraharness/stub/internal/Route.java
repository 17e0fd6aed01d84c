package dev.ateraharness.stub.internal;

import java.util.function.Function;

/** A method and a path template (relative to {@code /api/v3}) with its handler. */
record Route(String method, String template, String[] segments, Function<Call, Reply> handler) {

    static Route of(String method, String template, Function<Call, Reply> handler) {
        // a refused request is answered here, where the operation is known (the error body may depend on it)
        Function<Call, Reply> h = c -> {
            try {
                return handler.apply(c);
            } catch (BadRequest e) {
                return UnknownIds.badRequest(c, e.status, e.getMessage());
            }
        };
        return new Route(method, template, template.substring(1).split("/"), h);
    }

    /** The path parameters if {@code parts} matches, else null. */
    String[] match(String[] parts) {
        if (parts.length != segments.length) {
            return null;
        }
        int n = 0;
        for (String s : segments) {
            if (s.startsWith("{")) {
                n++;
            }
        }
        String[] params = new String[n];
        int p = 0;
        for (int i = 0; i < parts.length; i++) {
            String s = segments[i];
            if (s.startsWith("{")) {
                if (parts[i].isEmpty()) {
                    return null;
                }
                params[p++] = parts[i];
            } else if (!s.equalsIgnoreCase(parts[i])) {
                return null;
            }
        }
        return params;
    }

    /** Literal segments count: more literal routes win over parameterised ones. */
    int literals() {
        int n = 0;
        for (String s : segments) {
            if (!s.startsWith("{")) {
                n++;
            }
        }
        return n;
    }
}

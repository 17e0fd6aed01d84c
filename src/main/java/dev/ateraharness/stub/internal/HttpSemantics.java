package dev.ateraharness.stub.internal;

import dev.ateraharness.stub.Profile;
import java.util.Collection;
import java.util.TreeSet;

/**
 * RFC 9110 method rules the routes share: HEAD is answered wherever GET is (the server drops the body); OPTIONS
 * answers 204 with {@code Allow}; a known path with another method is 405 with {@code Allow}; CONNECT and TRACE
 * are 405 everywhere (refused at the door, before the key is even looked at, because they never do anything).
 */
final class HttpSemantics {

    private HttpSemantics() {
    }

    /** The method a route table is searched with: HEAD finds the GET route. */
    static String routeMethod(String method) {
        return method.equals("HEAD") ? "GET" : method;
    }

    /** Methods the stub never serves, on any path. */
    static boolean refusedEverywhere(String method) {
        return method.equals("CONNECT") || method.equals("TRACE") || method.equals("TRACK");
    }

    /** The Allow value for a path whose routes have these methods: HEAD with GET, OPTIONS always, sorted. */
    static String allow(Collection<String> routeMethods) {
        TreeSet<String> m = new TreeSet<>(routeMethods);
        if (m.contains("GET")) {
            m.add("HEAD");
        }
        m.add("OPTIONS");
        return String.join(", ", m);
    }

    /**
     * The answer when no route serves {@code method} on {@code path}, or the method is OPTIONS: 404 for an
     * unknown path, 204 with Allow for OPTIONS, else 405 with Allow.
     */
    static Reply unrouted(Profile profile, String method, String path, boolean pathKnown, Collection<String> routeMethods) {
        if (!pathKnown) {
            return Errors.of(profile, 404, "No such route.", path);
        }
        String allow = allow(routeMethods);
        if (method.equals("OPTIONS")) {
            return Reply.empty(204).header("Allow", allow);
        }
        return Errors.of(profile, 405, printable(method) + " is not allowed here; allowed: " + allow + ".", path)
                .header("Allow", allow);
    }

    /** A method token as sent, cut and limited to token characters so it cannot carry markup or log noise. */
    static String printable(String method) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < method.length() && b.length() < 20; i++) {
            char c = method.charAt(i);
            b.append(c > 32 && c < 127 ? c : '?');
        }
        return b.toString();
    }
}

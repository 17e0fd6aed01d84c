package dev.ateraharness.stub.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The route-matching step of the model, and nothing else: every route file registers here, and a path below
 * {@code /api/v3} (case-insensitive, one trailing slash ignored) is matched to a route and its path parameters.
 * A literal segment beats a parameter ({@code /tickets/billableduration} is never ticket "billableduration").
 */
final class Routing {

    static final String API_PREFIX = "/api/v3";

    private static final List<Route> ROUTES = routes();

    private Routing() {
    }

    /** Every route file of the stub; a new route file adds one line here. */
    private static List<Route> routes() {
        List<Route> r = new ArrayList<>();
        ReadRoutes.register(r);
        WriteRoutes.register(r);
        DurationRoutes.register(r);
        CustomFieldRoutes.register(r);
        CustomValueRoutes.register(r);
        DeviceWriteRoutes.register(r);
        TicketActivityRoutes.register(r);
        ContractWriteRoutes.register(r);
        CustomerFileRoutes.register(r);
        AgentPatchRoutes.register(r);
        r.sort(Comparator.comparingInt(Route::literals).reversed());
        return List.copyOf(r);
    }

    /** Templates of every operation, as {@code METHOD /template}. */
    static List<String> operations() {
        return ROUTES.stream().map(r -> r.method() + " " + r.template()).toList();
    }

    /**
     * The outcome of matching: {@code route} null with {@code pathKnown} true is a 405, both unset a 404;
     * {@code pathMethods} are every method routed on the path (for {@code Allow}).
     *
     * @param sub the path below {@code /api/v3}, without a trailing slash
     */
    record Match(Route route, String[] params, boolean pathKnown, List<String> pathMethods, String sub) {
    }

    /** Matches {@code method} and a path that starts with {@link #API_PREFIX}. */
    static Match match(String method, String path) {
        String sub = path.substring(API_PREFIX.length());
        if (sub.endsWith("/") && sub.length() > 1) {
            sub = sub.substring(0, sub.length() - 1);
        }
        String[] parts = sub.isEmpty() ? new String[0] : sub.substring(1).split("/", -1);
        Route route = null;
        String[] params = null;
        boolean pathKnown = false;
        int literals = -1;
        List<String> pathMethods = new ArrayList<>(4);
        for (Route candidate : ROUTES) {
            if (pathKnown && candidate.literals() < literals) {
                break;
            }
            String[] p = candidate.match(parts);
            if (p != null) {
                pathKnown = true;
                literals = candidate.literals();
                pathMethods.add(candidate.method());
                if (route == null && candidate.method().equals(method)) {
                    route = candidate;
                    params = p;
                }
            }
        }
        return new Match(route, params, pathKnown, pathMethods, sub);
    }

    /** The methods routed on {@code path} (absolute, e.g. /api/v3/tickets); empty for an unknown path. */
    static List<String> methodsFor(String path) {
        return path.startsWith(API_PREFIX) ? match("", path).pathMethods() : List.of();
    }
}

package dev.ateraharness.plan.internal;

import dev.ateraharness.client.http.TransportRequest;
import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.plan.Entity;
import dev.ateraharness.plan.EntityEndpoints;
import dev.ateraharness.text.ProblemDetails;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The simulated server's list routes: {@code GET <base><pathTemplate>?page=&itemsInPage=} for each planned entity,
 * at the client's {@link dev.ateraharness.client.Endpoint} path template, answered with the spec profile's
 * envelope ({@link PageBodies}); unknown routes 404 and bad numbers 400, both as ProblemDetails. Stateless after
 * construction, so thread-safe.
 */
public final class ListRoutes {

    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json; charset=utf-8"));
    private static final Map<String, List<String>> PROBLEM = Map.of("Content-Type", List.of(ProblemDetails.MEDIA_TYPE));

    private record Route(Entity entity, PageBodies bodies) {
    }

    private final Map<String, Route> routes = new HashMap<>();
    private final int maxItemsInPage;

    public ListRoutes(URI baseUri, List<Entity> entities, int maxItemsInPage) {
        String base = stripSlashes(baseUri.toString());
        String basePath = stripSlashes(baseUri.getPath());
        for (Entity e : entities) {
            String path = EntityEndpoints.path(e);
            routes.put(basePath + path, new Route(e, new PageBodies(base + path, EntityEndpoints.idProperty(e))));
        }
        this.maxItemsInPage = maxItemsInPage;
    }

    /** The answer to an admitted request (its {@code receivedNanos} is 0: the server fills it in on delivery). */
    public TransportResponse answer(TransportRequest request) {
        Route route = routes.get(stripSlashes(request.uri().getRawPath()));
        if (route == null || !request.method().equals("GET")) {
            return problem(404, "no route " + request.method() + " " + request.uri().getRawPath());
        }
        long page = 1;
        long size = 20;
        String query = request.uri().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                try {
                    if (name.equals("page")) {
                        page = Long.parseLong(value);
                    } else if (name.equals("itemsinpage")) {
                        size = Long.parseLong(value);
                    }
                } catch (NumberFormatException e) {
                    return problem(400, "'" + name + "' must be an integer");
                }
            }
        }
        if (page < 1 || size < 1) {
            return problem(400, "page and itemsInPage must be >= 1");
        }
        int clamped = (int) Math.min(size, maxItemsInPage);
        return new TransportResponse(200, JSON, route.bodies().page(route.entity(), page, clamped), 0);
    }

    private static TransportResponse problem(int status, String detail) {
        String body = ProblemDetails.json(status, detail, null, null);
        return new TransportResponse(status, PROBLEM, body.getBytes(StandardCharsets.UTF_8), 0);
    }

    static String stripSlashes(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }
}

package dev.ateraharness.stub.internal;

import java.util.List;

/**
 * {@code GET /customvalues/customfields}: the stub's fixed catalogue of custom field definitions (CustomFieldDto,
 * see {@link CustomFields}); the values are {@link CustomValueRoutes}.
 */
final class CustomFieldRoutes {

    private static final byte[] CATALOGUE = CustomFields.catalogue();

    private CustomFieldRoutes() {
    }

    static void register(List<Route> r) {
        r.add(Route.of("GET", "/customvalues/customfields", c -> Reply.json(200, CATALOGUE.clone())));
    }
}

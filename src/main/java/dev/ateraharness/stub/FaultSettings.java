package dev.ateraharness.stub;

import java.util.Map;

/**
 * Faults for the whole stub: a seed, a global rule, and rules per route template (e.g. {@code /tickets} or
 * {@code /tickets/{ticketId}}, relative to {@code /api/v3}); a route's rule replaces the global one.
 * Faults apply only to requests that passed auth and the limiter.
 *
 * @param seed   seed of the fault random (one stream per stub, drawn in arrival order)
 * @param global the rule for routes without their own
 * @param routes rules by route template
 */
public record FaultSettings(long seed, FaultRule global, Map<String, FaultRule> routes) {

    /** No faults. */
    public static final FaultSettings NONE = new FaultSettings(1, FaultRule.NONE, Map.of());

    public FaultSettings {
        global = global == null ? FaultRule.NONE : global;
        routes = routes == null ? Map.of() : Map.copyOf(routes);
    }

    /**
     * Reads a faults file ({@code stubs/faults.example.json}): what {@code stub --faults} and {@code plan --faults}
     * read.
     *
     * @throws java.io.IOException naming the file on an unreadable or invalid file
     */
    public static FaultSettings load(java.nio.file.Path file) throws java.io.IOException {
        return dev.ateraharness.stub.internal.SettingsJson.readFaults(file);
    }

    /** The rule for a route template. */
    public FaultRule ruleFor(String routeTemplate) {
        FaultRule r = routes.get(routeTemplate);
        return r != null ? r : global;
    }

    /** Whether any fault or latency is configured. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isNone() {
        return global.isNone() && routes.values().stream().allMatch(FaultRule::isNone);
    }
}

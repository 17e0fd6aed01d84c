package dev.ateraharness.simulations.support;

import dev.ateraharness.secret.ApiKeys;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * The conditions under which a simulation may touch the live Atera API, checked before anything is sent:
 * {@code -Datera.live=true}, {@code ATERA_API_KEY} set in the environment, an HTTPS base URL (default
 * {@link #LIVE_BASE_URL}), and a request budget of at most {@link #MAX_BUDGET}.
 *
 * <p>Guarantees: {@link #check} either returns a {@link Permit} or throws IllegalStateException with one line
 * saying what is missing; neither the permit's {@code toString} nor any message contains the key (only
 * {@link ApiKeys#redact}). Does not: enforce the budget itself (see {@link RequestBudget}).
 */
public final class LiveGuard {

    public static final String LIVE_BASE_URL = "https://app.atera.com/api/v3";
    public static final int MAX_BUDGET = 1_000;
    /** Live runs use at most half the documented limit: the real key may be shared with production jobs. */
    public static final int MAX_LIVE_LIMIT = 350;

    private LiveGuard() {
    }

    /** What a live run may use. */
    public record Permit(URI baseUrl, String apiKey, int budget, int limit) {
        public Permit {
            Objects.requireNonNull(apiKey, "apiKey");
        }

        @Override
        public String toString() {
            return "Permit[" + baseUrl + ", key " + ApiKeys.redact(apiKey) + ", budget " + budget + ", limit "
                    + limit + "]";
        }
    }

    public static Permit check(SimulationSettings settings, Map<String, String> environment) {
        if (!settings.live()) {
            throw new IllegalStateException(
                    "refusing to call the live API without -Datera.live=true (read-only, budget -Datera.budget)");
        }
        String key = environment.get("ATERA_API_KEY");
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("refusing to call the live API: ATERA_API_KEY is not set");
        }
        URI base = settings.baseUrl().orElse(URI.create(LIVE_BASE_URL));
        if (!"https".equals(base.getScheme())) {
            throw new IllegalStateException("refusing to send the API key over " + base.getScheme()
                    + ": the live base URL must be https");
        }
        if (settings.budget() > MAX_BUDGET) {
            throw new IllegalStateException("atera.budget " + settings.budget() + " exceeds the live maximum "
                    + MAX_BUDGET);
        }
        return new Permit(base, key.strip(), settings.budget(), Math.min(settings.limit(), MAX_LIVE_LIMIT));
    }
}

package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ateraharness.stub.HttpDoorOptions;
import dev.ateraharness.stub.Profile;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * The admin API's door ({@code /__admin/**}): a token in constant time, then the routes an admin may never use
 * over HTTP, whatever the token: anything that writes files ({@code /__admin/files} writes,
 * {@code /__admin/mappings/save}), proxying ({@code proxyBaseUrl} anywhere in a body, {@code /__admin/recordings}),
 * and persistent mappings. A shutdown is taken over so that it ends the owner (the CLI process), not only Jetty.
 */
final class AdminGate {

    static final String REALM = "Bearer realm=\"atera-stub-admin\"";

    private AdminGate() {
    }

    static boolean isAdmin(String decodedPath) {
        return decodedPath.toLowerCase(Locale.ROOT).contains("/__admin");
    }

    /** 401 unless {@code authorization} carries the token; null when it does. */
    static Reply authenticate(HttpDoorOptions options, Profile profile, String authorization, String path) {
        String presented = null;
        if (authorization != null) {
            String a = authorization.trim();
            if (a.regionMatches(true, 0, "Bearer ", 0, 7) || a.regionMatches(true, 0, "Token ", 0, 6)) {
                presented = a.substring(a.indexOf(' ') + 1).trim();
            }
        }
        if (options.acceptsToken(presented)) {
            return null;
        }
        String detail = options.adminEnabled()
                ? "The admin API needs the admin token: Authorization: Bearer TOKEN."
                : "The admin API is off: start the stub with --admin-token-file FILE or " + HttpDoorOptions.TOKEN_ENV + ".";
        return Errors.of(profile, 401, detail, path).header("WWW-Authenticate", REALM);
    }

    /** 403 for a route that would write a file or proxy; null when the request may go on to WireMock. */
    static Reply refuse(Profile profile, String method, String decodedPath, byte[] body) {
        String p = decodedPath.toLowerCase(Locale.ROOT);
        if (p.startsWith("/__admin/recordings")) {
            return Errors.of(profile, 403, "Recording (proxying to another server) is disabled in this stub.", decodedPath);
        }
        if (p.startsWith("/__admin/files") && !method.equals("GET") && !method.equals("HEAD")) {
            return Errors.of(profile, 403, "The admin API never writes files in this stub.", decodedPath);
        }
        if (p.startsWith("/__admin/mappings/save")) {
            return Errors.of(profile, 403, "The admin API never writes mapping files in this stub.", decodedPath);
        }
        if (body.length > 0) {
            JsonNode tree;
            try {
                tree = SettingsJson.MAPPER.readTree(body);
            } catch (IOException e) {
                // not JSON: WireMock rejects it without acting on it
                return null;
            }
            String bad = forbiddenField(tree, 0);
            if (bad != null) {
                return Errors.of(profile, 403, bad, decodedPath);
            }
        }
        return null;
    }

    private static String forbiddenField(JsonNode n, int depth) {
        if (n == null || depth > 64) {
            return n == null ? null : "The request body is nested too deeply.";
        }
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String name = f.getKey().toLowerCase(Locale.ROOT);
                if (name.equals("proxybaseurl") || name.equals("proxyurlprefixtoremove")) {
                    return "Proxy mappings are refused: a proxy would forward clients' API keys elsewhere.";
                }
                if (name.equals("persistent") && f.getValue().asBoolean(false)) {
                    return "Persistent mappings are refused: the admin API never writes files in this stub.";
                }
                String deeper = forbiddenField(f.getValue(), depth + 1);
                if (deeper != null) {
                    return deeper;
                }
            }
        } else if (n.isArray()) {
            for (JsonNode e : n) {
                String deeper = forbiddenField(e, depth + 1);
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }
}

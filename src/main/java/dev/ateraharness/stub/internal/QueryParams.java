package dev.ateraharness.stub.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A parsed query string: names matched case-insensitively (as ASP.NET binds them), original order kept. */
final class QueryParams {

    static final QueryParams EMPTY = new QueryParams("");

    final String raw;
    private final Map<String, String> byLowerName = new LinkedHashMap<>();
    private final List<String[]> ordered = new ArrayList<>();

    QueryParams(String raw) {
        this.raw = raw == null ? "" : raw;
        if (!this.raw.isEmpty()) {
            for (String part : this.raw.split("&")) {
                if (part.isEmpty()) {
                    continue;
                }
                int eq = part.indexOf('=');
                String name = decode(eq < 0 ? part : part.substring(0, eq));
                String value = eq < 0 ? "" : decode(part.substring(eq + 1));
                String lower = name.toLowerCase(Locale.ROOT);
                byLowerName.putIfAbsent(lower, value);
                ordered.add(new String[] {name, value, lower});
            }
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** The first value of a parameter, any case of its name; null if absent. */
    String get(String name) {
        return byLowerName.get(name.toLowerCase(Locale.ROOT));
    }

    boolean has(String name) {
        return byLowerName.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** The other parameters (not page/itemsInPage), encoded, in their original order, each prefixed by '&'. */
    String passThrough() {
        StringBuilder b = new StringBuilder();
        for (String[] p : ordered) {
            if (!p[2].equals("page") && !p[2].equals("itemsinpage")) {
                b.append('&').append(enc(p[0])).append('=').append(enc(p[1]));
            }
        }
        return b.toString();
    }

    /** A canonical form for cache keys: lower-case names, sorted. */
    String canonical() {
        StringBuilder b = new StringBuilder();
        byLowerName.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> b.append(e.getKey()).append('=').append(e.getValue()).append('&'));
        return b.toString();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

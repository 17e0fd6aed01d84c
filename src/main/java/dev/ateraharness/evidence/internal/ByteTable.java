package dev.ateraharness.evidence.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Interning table looked up by bytes for the first 64 distinct values, by string after that. */
final class ByteTable {
    private final List<byte[]> raw = new ArrayList<>();
    private final List<String> text = new ArrayList<>();
    private final Map<String, String> overflow = new HashMap<>();
    private int last;

    String get(byte[] b, int from, int to) {
        int n = raw.size();
        if (last < n && Arrays.equals(raw.get(last), 0, raw.get(last).length, b, from, to)) {
            return text.get(last);
        }
        for (int i = 0; i < n; i++) {
            byte[] r = raw.get(i);
            if (Arrays.equals(r, 0, r.length, b, from, to)) {
                last = i;
                return text.get(i);
            }
        }
        String str = new String(b, from, to - from, StandardCharsets.UTF_8);
        if (n >= 64) {
            // many distinct values (paths with ids): intern by string instead of growing the linear scan
            return overflow.computeIfAbsent(str, x -> x);
        }
        raw.add(Arrays.copyOfRange(b, from, to));
        text.add(str);
        last = n;
        return str;
    }
}

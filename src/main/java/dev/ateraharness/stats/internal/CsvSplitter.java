package dev.ateraharness.stats.internal;

import java.util.Arrays;

/**
 * Splits one CSV line (RFC 4180 quoting within the line; embedded line breaks are not supported) into fields,
 * reusing its array between lines. Not thread-safe.
 */
public final class CsvSplitter {

    private String[] fields = new String[16];
    private int count;
    private final StringBuilder sb = new StringBuilder();

    /** Splits {@code line}; returns the number of fields. */
    public int split(String line) {
        count = 0;
        int len = line.length();
        int i = 0;
        while (true) {
            if (i < len && line.charAt(i) == '"') {
                sb.setLength(0);
                i++;
                while (true) {
                    if (i >= len) {
                        throw new IllegalArgumentException("unterminated quoted field");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < len && line.charAt(i) == '"') {
                            sb.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        sb.append(c);
                    }
                }
                push(sb.toString());
                if (i < len && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("text after a closing quote");
                }
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? len : comma;
                push(end == i ? "" : line.substring(i, end));
                i = end;
            }
            if (i >= len) {
                return count;
            }
            i++; // skip the comma
            if (i == len) {
                push("");
                return count;
            }
        }
    }

    private void push(String s) {
        if (count == fields.length) {
            fields = Arrays.copyOf(fields, count * 2);
        }
        fields[count++] = s;
    }

    /** Field i of the last line, or "" when the line had fewer fields. */
    public String get(int i) {
        return i >= 0 && i < count ? fields[i] : "";
    }

    public int count() {
        return count;
    }
}

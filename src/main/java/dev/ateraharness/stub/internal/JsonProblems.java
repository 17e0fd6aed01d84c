package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;

/**
 * Turns a JSON parser's complaint into a 400 detail a client can act on: what is wrong and where (line, column),
 * without the parser's internals (feature names such as {@code StreamReadFeature...}, class or package names,
 * source descriptions).
 */
final class JsonProblems {

    private static final Pattern INTERNAL = Pattern.compile(
            "(?i)`|feature|jackson|com\\.fasterxml|java\\.|javax\\.|\\bclass\\b|exception|\\[source");

    private JsonProblems() {
    }

    static String detail(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            return "The request body is not valid JSON: it is nested too deeply or a value is too long.";
        }
        String m = e.getOriginalMessage();
        String what = m == null ? "" : m;
        for (String cut : new String[] {"\n", " (start marker", " at [Source", "; line:"}) {
            int i = what.indexOf(cut);
            if (i >= 0) {
                what = what.substring(0, i);
            }
        }
        what = what.strip();
        if (what.isEmpty() || what.length() > 160 || INTERNAL.matcher(what).find()) {
            what = "malformed JSON";
        }
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return "The request body is not valid JSON" + where + ": " + what + (what.endsWith(".") ? "" : ".");
    }
}

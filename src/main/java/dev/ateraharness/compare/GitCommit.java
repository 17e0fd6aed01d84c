package dev.ateraharness.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The commit a run was built from, when it can be known cheaply: {@code GITHUB_SHA}, {@code CI_COMMIT_SHA} or
 * {@code GIT_COMMIT} from the environment, else {@code git rev-parse HEAD} in the working directory (at most 3 s),
 * else the empty string. Never fails a run.
 */
public final class GitCommit {

    private static volatile String cached;

    private GitCommit() {
    }

    public static String current() {
        String c = cached;
        if (c == null) {
            c = detect(System.getenv());
            cached = c;
        }
        return c;
    }

    static String detect(Map<String, String> env) {
        for (String name : new String[] {"GITHUB_SHA", "CI_COMMIT_SHA", "GIT_COMMIT"}) {
            String v = env.get(name);
            if (v != null && v.matches("[0-9a-fA-F]{7,64}")) {
                return v.toLowerCase(java.util.Locale.ROOT);
            }
        }
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            if (!p.waitFor(3, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "";
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 && out.matches("[0-9a-f]{40,64}") ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}

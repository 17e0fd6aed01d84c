package dev.ateraharness.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the contract tests find Atera's OpenAPI document: {@code ${atera.sharedDir}/reference/atera-openapi.json}
 * (pom.xml sets {@code atera.sharedDir} to {@code ../shared}, beside the clone; the document is never copied into
 * the project). Without it the contract tests are skipped, and the build prints one line saying so, once.
 */
public final class AteraDocument {

    private static final AtomicBoolean SAID = new AtomicBoolean();

    private AteraDocument() {
    }

    /** The document's path; skips the calling test (after one line on the console per build JVM) when absent. */
    public static Path path() {
        Path doc = Path.of(System.getProperty("atera.sharedDir", "../shared"), "reference", "atera-openapi.json");
        if (!Files.isRegularFile(doc)) {
            if (SAID.compareAndSet(false, true)) {
                System.out.println("contract tests skipped: Atera's OpenAPI document is not at " + doc.toAbsolutePath()
                        + " (put the shared folder beside the clone, or pass -Datera.sharedDir=DIR)");
            }
            Assumptions.abort("Atera's OpenAPI document is not present: " + doc);
        }
        return doc;
    }
}

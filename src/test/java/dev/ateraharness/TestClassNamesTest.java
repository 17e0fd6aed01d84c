package dev.ateraharness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every class holding tests is one Surefire runs: its default patterns take only names ending in {@code Test},
 * {@code Tests} or {@code TestCase} (or starting with {@code Test}), so a {@code FooProperties} full of jqwik
 * properties would compile, never run, and pass the build while checking nothing (found twice before).
 */
class TestClassNamesTest {

    private static final Pattern TEST_ANNOTATION = Pattern.compile(
            "^\\s*@(Test|Property|Example|ParameterizedTest|RepeatedTest|TestFactory)\\b", Pattern.MULTILINE);
    private static final Pattern RUN_BY_SUREFIRE = Pattern.compile("(Test|Tests|TestCase)\\.java$|/Test[^/]*\\.java$");

    @Test
    void everyClassWithTestsIsNamedSoSurefireRunsIt() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).as("test sources found").isNotEmpty();
        List<String> neverRun = sources.stream()
                .filter(p -> !RUN_BY_SUREFIRE.matcher(p.toString().replace('\\', '/')).find())
                .filter(p -> {
                    try {
                        return TEST_ANNOTATION.matcher(Files.readString(p)).find();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .map(Path::toString).toList();
        assertThat(neverRun).as("classes with tests that Surefire's name patterns skip").isEmpty();
    }
}

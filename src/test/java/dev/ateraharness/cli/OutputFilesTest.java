package dev.ateraharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

    @TempDir
    Path dir;

    @Test
    void createsTheMissingFolderOfAnOutputFile() {
        Path file = dir.resolve("reports/tour/attempts.csv");
        assertThat(OutputFiles.prepareParent(file, "attempt log")).isEmpty();
        assertThat(file.getParent()).isDirectory();
    }

    @Test
    void aFileInTheWayOfTheFolderIsOneLineThatSaysSo() throws IOException {
        Files.writeString(dir.resolve("reports"), "not a folder");
        assertThat(OutputFiles.prepareParent(dir.resolve("reports/a.csv"), "attempt log"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("error: cannot create the folder")
                        .contains("a file of that name is in the way").doesNotContain("Exception").doesNotContain("\n"));
    }

    @Test
    void aFolderNamedAsTheFileIsRefused() throws IOException {
        Files.createDirectories(dir.resolve("out.csv"));
        assertThat(OutputFiles.prepareParent(dir.resolve("out.csv"), "sync summary"))
                .hasValueSatisfying(m -> assertThat(m).contains("is a folder"));
    }

    @Test
    void nothingToPrepareWithoutAFile() {
        assertThat(OutputFiles.prepareParent(null, "arrival log")).isEmpty();
    }
}

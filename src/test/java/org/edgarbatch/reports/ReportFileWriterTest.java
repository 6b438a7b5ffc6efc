package org.edgarbatch.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report file appears under its final name complete or not at all. */
class ReportFileWriterTest {

    @TempDir
    Path reports;

    @Test
    void writesTheFileAndGivesItsSizeAndSha256() throws Exception {
        byte[] content = "a workbook's bytes".getBytes(StandardCharsets.US_ASCII);

        WrittenFile file = ReportFileWriter.write(reports, "insider-transactions-2022-02-04.xlsx", "execution-1",
                out -> out.write(content));

        assertEquals(reports.resolve("insider-transactions-2022-02-04.xlsx"), file.path());
        assertArrayEquals(content, Files.readAllBytes(file.path()));
        assertEquals(content.length, file.sizeBytes());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)), file.sha256());
        assertEquals(List.of("insider-transactions-2022-02-04.xlsx"), names());
    }

    @Test
    void keepsThePreviousFileWhenWritingFailsAndLeavesNoTemporaryFile() throws Exception {
        // given
        ReportFileWriter.write(reports, "report.xlsx", "execution-1", out -> out.write(1));

        // when
        IOException failure = assertThrows(IOException.class, () -> ReportFileWriter.write(reports, "report.xlsx",
                "execution-2", out -> {
                    out.write(new byte[100_000]);
                    throw new IOException("No space left on device");
                }));

        // then
        assertEquals("No space left on device", failure.getMessage());
        assertArrayEquals(new byte[] {1}, Files.readAllBytes(reports.resolve("report.xlsx")), "the old file, whole");
        assertEquals(List.of("report.xlsx"), names());
    }

    @Test
    void nothingAppearsUnderTheFinalNameBeforeTheContentIsComplete() throws Exception {
        ReportFileWriter.write(reports, "report.xlsx", "execution-3", out -> {
            out.write(new byte[10_000]);
            out.flush();
            assertFalse(Files.exists(reports.resolve("report.xlsx")), "not under its final name while being written");
            assertEquals(List.of(ReportFileWriter.temporaryName("report.xlsx", "execution-3")), names());
        });
        assertEquals(10_000, Files.size(reports.resolve("report.xlsx")));
    }

    @Test
    void deletesATemporaryFileLeftByARunThatDied() throws Exception {
        Files.write(reports.resolve(ReportFileWriter.temporaryName("report.xlsx", "execution-4")), new byte[] {9, 9});

        ReportFileWriter.write(reports, "report.xlsx", "execution-5", out -> out.write(2));

        assertEquals(List.of("report.xlsx"), names());
    }

    @Test
    void refusesAReportsDirectoryThatIsAFile() throws IOException {
        Path file = Files.writeString(reports.resolve("file"), "not a directory");

        assertThrows(IOException.class, () -> ReportFileWriter.write(file, "report.xlsx", "execution-6", out -> out.write(3)));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(reports)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}

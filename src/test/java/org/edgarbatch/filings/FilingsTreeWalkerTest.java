package org.edgarbatch.filings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilingsTreeWalkerTest {

    @TempDir
    Path root;

    @BeforeEach
    void createTree() throws IOException {
        // Names chosen so that sorting whole path strings ("a-c" < "a/b") would give another order.
        for (String file : List.of("a/b/2.txt", "a/b/10.txt", "a/z.xml", "a-c/1.nc", "b.txt", "0.txt")) {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, file);
        }
        Files.createDirectories(root.resolve("empty/dir"));
    }

    @Test
    void walksDepthFirstWithNamesSortedInEachDirectory() {
        assertEquals(List.of("0.txt", "a/b/10.txt", "a/b/2.txt", "a/z.xml", "a-c/1.nc", "b.txt"), walk(null));
    }

    @Test
    void givesEachRegularFileTheSizeAndModificationTimeItWasListedWith() throws IOException {
        Files.setLastModifiedTime(root.resolve("b.txt"), FileTime.from(Instant.parse("2025-01-02T03:04:05.123456789Z")));
        Files.createSymbolicLink(root.resolve("c-link"), root.resolve("b.txt"));

        List<FilingsTreeWalker.Entry> entries = new ArrayList<>();
        try (FilingsTreeWalker walker = new FilingsTreeWalker(root, "a-c/1.nc")) {
            walker.forEachRemaining(entries::add);
        }

        assertEquals(List.of("b.txt", "c-link"), entries.stream().map(FilingsTreeWalker.Entry::relativePath).toList());
        FilingsTreeWalker.Entry file = entries.get(0);
        assertEquals(5, file.size(), "the bytes of \"b.txt\"");
        assertEquals(Instant.parse("2025-01-02T03:04:05.123456789Z"),
                Instant.EPOCH.plusNanos(file.modifiedNanos()), "to the nanosecond, as the file system keeps it");
        FilingsTreeWalker.Entry link = entries.get(1);
        assertEquals(-1, link.size());
        assertEquals(-1, link.modifiedNanos());
    }

    @Test
    void resumesJustAfterTheGivenEntry() {
        assertEquals(List.of("a/z.xml", "a-c/1.nc", "b.txt"), walk("a/b/2.txt"));
        assertEquals(List.of("a/b/2.txt", "a/z.xml", "a-c/1.nc", "b.txt"), walk("a/b/10.txt"));
        assertEquals(List.of("b.txt"), walk("a-c/1.nc"));
        assertEquals(List.of(), walk("b.txt"));
    }

    @Test
    void resumesAfterAnEntryThatHasSinceDisappeared() throws IOException {
        Files.delete(root.resolve("a/b/10.txt"));

        assertEquals(List.of("a/b/2.txt", "a/z.xml", "a-c/1.nc", "b.txt"), walk("a/b/1.txt"));
        assertEquals(List.of("a/z.xml", "a-c/1.nc", "b.txt"), walk("a/y/gone.txt"));
        assertEquals(List.of("a-c/1.nc", "b.txt"), walk("a/zz/gone.txt"));
    }

    @Test
    void reportsSymbolicLinksWithoutFollowingThem() throws IOException {
        Path outside = Files.createTempFile("outside", ".txt");
        try {
            Files.createSymbolicLink(root.resolve("link.txt"), outside);
            Files.createSymbolicLink(root.resolve("linkdir"), outside.getParent());

            List<FilingsTreeWalker.Entry> links = entries(null).stream().filter(entry -> !entry.isRegularFile()).toList();

            assertEquals(List.of("link.txt", "linkdir"), links.stream().map(FilingsTreeWalker.Entry::relativePath).toList());
            assertEquals("symbolic link to " + outside + ": not followed", links.get(0).problem());
            assertEquals("symbolic link to " + outside.getParent() + ": not followed", links.get(1).problem());
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void reportsAFifoWithoutOpeningIt() throws Exception {
        // given: opening a FIFO for reading would wait for a writer forever
        mkfifo(root.resolve("a/pipe.xml"));

        // when
        List<FilingsTreeWalker.Entry> entries = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> entries(null));

        // then
        FilingsTreeWalker.Entry pipe = entries.stream().filter(e -> e.relativePath().equals("a/pipe.xml")).findFirst().orElseThrow();
        assertEquals("named pipe (FIFO): not a regular file, not read", pipe.problem());
    }

    @Test
    void opensAFileThroughItsDirectoryNeverThroughALinkSwappedInAfterTheScan() throws Exception {
        // given: the walk has found a/z.xml; then a is moved away and replaced by a link to a directory outside
        Path outside = Files.createTempDirectory("outside");
        try {
            Files.writeString(outside.resolve("z.xml"), "SECRET-OUTSIDE");
            try (FilingsTreeWalker walker = new FilingsTreeWalker(root, "a/b/2.txt")) {
                FilingsTreeWalker.Entry entry = walker.next();
                assertEquals("a/z.xml", entry.relativePath());
                Files.move(root.resolve("a"), root.resolve("a-moved"));
                Files.createSymbolicLink(root.resolve("a"), outside);

                // when
                String read;
                try (InputStream in = walker.open(entry)) {
                    read = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }

                // then: the file found by the scan, in the directory the walk holds open, not the one outside
                assertEquals("a/z.xml", read);
            }
            assertThrows(FileSystemException.class, () -> FilingsTreeWalker.open(root, "a/z.xml"),
                    "opened by its relative path, a link on the way is not followed either");
        } finally {
            Files.deleteIfExists(root.resolve("a"));
            Files.delete(outside.resolve("z.xml"));
            Files.delete(outside);
        }
    }

    @Test
    void reportsAFileReplacedByAFifoOrADirectoryOrGoneBetweenTheScanAndTheRead() throws Exception {
        try (FilingsTreeWalker walker = new FilingsTreeWalker(root, null)) {
            // given: each file, once found, is replaced or deleted before it is opened
            FilingsTreeWalker.Entry first = walker.next();
            assertEquals("0.txt", first.relativePath());
            Files.delete(first.path());
            mkfifo(first.path());
            FileSystemException fifo = assertThrows(FileSystemException.class,
                    () -> assertTimeoutPreemptively(Duration.ofSeconds(30), () -> walker.open(first).close()));
            assertEquals("replaced by a named pipe (FIFO) between the scan and the read: not read", fifo.getReason());

            FilingsTreeWalker.Entry second = walker.next();
            Files.delete(second.path());
            Files.createDirectory(second.path());
            FileSystemException directory = assertThrows(FileSystemException.class, () -> walker.open(second));
            assertEquals("replaced by a directory between the scan and the read: not read", directory.getReason());

            FilingsTreeWalker.Entry third = walker.next();
            Files.delete(third.path());
            assertThrows(NoSuchFileException.class, () -> walker.open(third));
        }
    }

    @Test
    void opensOnlyTheFileItHasJustReturned() {
        try (FilingsTreeWalker walker = new FilingsTreeWalker(root, null)) {
            FilingsTreeWalker.Entry first = walker.next();
            walker.next();

            assertThrows(IllegalStateException.class, () -> walker.open(first));
        }
    }

    @Test
    void doesNotDescendDeeperThanItsLimit() throws IOException {
        Path deep = root.resolve("deep");
        for (int depth = 1; depth <= FilingsTreeWalker.MAX_DEPTH; depth++) {
            deep = deep.resolve("d");
        }
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("x.xml"), "deep");

        List<FilingsTreeWalker.Entry> deepEntries = entries(null).stream()
                .filter(entry -> entry.relativePath().startsWith("deep/")).toList();

        assertEquals(1, deepEntries.size());
        assertEquals(FilingsTreeWalker.MAX_DEPTH, deepEntries.get(0).relativePath().split("/").length);
        assertEquals("directory nested deeper than " + FilingsTreeWalker.MAX_DEPTH + " levels: not read",
                deepEntries.get(0).problem());
    }

    @Test
    void rejectsAFileWhosePathIsTooLongToStore() throws Exception {
        // given: directories of 250-character names, deeper than a path of 4096 characters (made by a shell,
        // which goes down one name at a time: Java's path-based calls refuse such paths)
        String name = "n".repeat(250);
        int levels = SourceDocument.PATH_LENGTH / 251 + 1;
        shell("cd '" + root + "' && n=" + name + " && for i in $(seq " + levels + "); do mkdir $n && cd -P $n || exit 3;"
                + " done && echo deep > deep.xml");
        try {
            // when
            List<FilingsTreeWalker.Entry> deep = entries(null).stream().filter(e -> e.relativePath().startsWith(name)).toList();

            // then
            assertEquals(1, deep.size());
            int length = deep.get(0).path().toString().length();
            assertEquals("path of " + length + " characters, longer than the 4096 a stored document's path may have: not read",
                    deep.get(0).problem());
        } finally {
            shell("rm -rf '" + root.resolve(name) + "'");
        }
    }

    @Test
    void opensAFileByItsRelativePath() throws IOException {
        try (InputStream in = FilingsTreeWalker.open(root, "a/b/2.txt")) {
            assertEquals("a/b/2.txt", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void refusesARootThatIsNotADirectory() {
        assertThrows(IllegalArgumentException.class, () -> new FilingsTreeWalker(root.resolve("b.txt"), null));
    }

    private List<FilingsTreeWalker.Entry> entries(String resumeAfter) {
        List<FilingsTreeWalker.Entry> entries = new ArrayList<>();
        try (FilingsTreeWalker walker = new FilingsTreeWalker(root, resumeAfter)) {
            walker.forEachRemaining(entries::add);
        }
        return entries;
    }

    static void shell(String script) throws IOException, InterruptedException {
        Process shell = new ProcessBuilder("bash", "-c", script).inheritIO().start();
        assertEquals(0, shell.waitFor(), "the shell failed");
    }

    /** Java cannot make a FIFO: the system's mkfifo does. */
    static void mkfifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo " + path);
    }

    private List<String> walk(String resumeAfter) {
        List<String> paths = new ArrayList<>();
        try (FilingsTreeWalker walker = new FilingsTreeWalker(root, resumeAfter)) {
            walker.forEachRemaining(entry -> paths.add(entry.relativePath()));
        }
        return paths;
    }
}

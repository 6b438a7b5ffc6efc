package org.edgarbatch.filings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

            List<FilingsTreeWalker.Entry> links = new ArrayList<>();
            new FilingsTreeWalker(root, null).forEachRemaining(entry -> {
                if (!entry.isRegularFile()) {
                    links.add(entry);
                }
            });

            assertEquals(List.of("link.txt", "linkdir"), links.stream().map(FilingsTreeWalker.Entry::relativePath).toList());
            links.forEach(link -> assertEquals("symbolic link: not followed", link.problem()));
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void refusesARootThatIsNotADirectory() {
        assertThrows(IllegalArgumentException.class, () -> new FilingsTreeWalker(root.resolve("b.txt"), null));
    }

    private List<String> walk(String resumeAfter) {
        List<String> paths = new ArrayList<>();
        new FilingsTreeWalker(root, resumeAfter).forEachRemaining(entry -> paths.add(entry.relativePath()));
        return paths;
    }
}

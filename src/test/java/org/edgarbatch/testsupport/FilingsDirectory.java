package org.edgarbatch.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary filings directory that a test fills, points a job at, and deletes afterwards. */
public final class FilingsDirectory {

    private final Path root;

    private FilingsDirectory(Path root) {
        this.root = root;
    }

    public static FilingsDirectory create(String prefix) throws IOException {
        return new FilingsDirectory(Files.createTempDirectory(prefix));
    }

    public Path root() {
        return root;
    }

    /** @return The absolute path of a file in it, as the job stores it. */
    public String path(String relative) {
        return root.resolve(relative).toString();
    }

    /** Writes a file, creating the directories it is in. */
    public void write(String relative, byte[] content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    /** Deletes the directory and everything in it. */
    public void delete() throws IOException {
        deleteTree(root);
    }

    public static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

package org.edgarbatch.filings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Walks a filings directory depth-first in a stable order (names sorted within each directory) and
 * can start just after a given entry, so a restarted job resumes where the last one committed.
 *
 * <p>Only one directory's names are held at each level: a tree of hundreds of thousands of files is
 * walked without listing it whole. Symbolic links are reported, never followed, so nothing outside
 * the directory is read.
 */
public final class FilingsTreeWalker implements Iterator<FilingsTreeWalker.Entry> {

    /**
     * One thing found in the tree.
     *
     * @param path         its absolute path
     * @param relativePath its path below the root, names joined by '/': its position in the walk
     * @param problem      null for a regular file; otherwise why it cannot be read as a document
     */
    public record Entry(Path path, String relativePath, String problem) {

        public boolean isRegularFile() {
            return problem == null;
        }
    }

    /** One directory on the way down: its sorted names and the index of the next one to visit. */
    private static final class Level {
        final Path directory;
        final String relativePrefix;
        final List<String> names;
        int next;

        Level(Path directory, String relativePrefix, List<String> names) {
            this.directory = directory;
            this.relativePrefix = relativePrefix;
            this.names = names;
        }
    }

    private final Deque<Level> levels = new ArrayDeque<>();
    private Entry pending;

    /**
     * @param root        the filings directory
     * @param resumeAfter the relative path of the last entry already processed, or null to start at the beginning
     */
    public FilingsTreeWalker(Path root, String resumeAfter) {
        Path start = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("not a directory: " + start);
        }
        try {
            levels.push(level(start, ""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the filings directory " + start, e);
        }
        if (resumeAfter != null && !resumeAfter.isEmpty()) {
            positionAfter(Arrays.asList(resumeAfter.split("/")));
        }
    }

    @Override
    public boolean hasNext() {
        while (pending == null && !levels.isEmpty()) {
            Level level = levels.peek();
            if (level.next >= level.names.size()) {
                levels.pop();
                continue;
            }
            String name = level.names.get(level.next++);
            Path path = level.directory.resolve(name);
            String relative = level.relativePrefix + name;
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                pending = new Entry(path, relative, "disappeared after the directory was listed");
                continue;
            } catch (IOException e) {
                pending = new Entry(path, relative, "cannot read its attributes: " + e);
                continue;
            }
            if (attributes.isDirectory()) {
                try {
                    levels.push(level(path, relative + "/"));
                } catch (IOException e) {
                    pending = new Entry(path, relative, "directory cannot be listed: " + e);
                }
            } else if (attributes.isSymbolicLink()) {
                pending = new Entry(path, relative, "symbolic link: not followed");
            } else if (!attributes.isRegularFile()) {
                pending = new Entry(path, relative, "not a regular file");
            } else {
                pending = new Entry(path, relative, null);
            }
        }
        return pending != null;
    }

    @Override
    public Entry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Entry entry = pending;
        pending = null;
        return entry;
    }

    /** Descends along the given names, skipping everything that sorts at or before them. */
    private void positionAfter(List<String> names) {
        for (int depth = 0; depth < names.size(); depth++) {
            Level level = levels.peek();
            String name = names.get(depth);
            int index = Collections.binarySearch(level.names, name);
            if (index < 0) {
                // Gone since the checkpoint: continue with what sorts after it.
                level.next = -index - 1;
                return;
            }
            level.next = index + 1;
            boolean last = depth == names.size() - 1;
            Path path = level.directory.resolve(name);
            if (last || !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            try {
                levels.push(level(path, level.relativePrefix + name + "/"));
            } catch (IOException e) {
                // Reported as an entry when the walk meets it again.
                level.next = index;
                return;
            }
        }
    }

    private static Level level(Path directory, String relativePrefix) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            for (Path child : stream) {
                names.add(child.getFileName().toString());
            }
        }
        Collections.sort(names);
        return new Level(directory, relativePrefix, names);
    }
}

package org.edgarbatch.filings;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Walks a filings directory depth-first in a stable order (names sorted within each directory) and
 * can start just after a given entry, so a restarted job resumes where the last one committed.
 *
 * <p>Only one directory's names are held at each level: a tree of hundreds of thousands of files is
 * walked without listing it whole. Nothing outside the directory is ever read: symbolic links are
 * reported, never followed, and so are FIFOs, sockets and devices (opening a FIFO would wait for a
 * writer forever). Where the platform offers a {@link SecureDirectoryStream} (Linux), each directory
 * is held open while its entries are walked and every directory and file is opened relative to its
 * parent without following a link, so a directory swapped for a link to elsewhere during the walk
 * does not lead outside either. The root itself may be a link: that is the operator's choice.
 */
public final class FilingsTreeWalker implements Iterator<FilingsTreeWalker.Entry>, Closeable {

    /** Deeper trees are not descended into: each level holds a directory open. EDGAR's own layouts are 2 to 4 deep. */
    public static final int MAX_DEPTH = 64;

    private static final Set<OpenOption> READ_NO_FOLLOW = Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);

    /**
     * One thing found in the tree.
     *
     * @param path         its absolute path
     * @param relativePath its path below the root, names joined by '/': its position in the walk
     * @param problem      null for a regular file; otherwise why it cannot be read as a document
     * @param size          a regular file's size in bytes when listed, -1 for anything else
     * @param modifiedNanos a regular file's modification time when listed (nanoseconds since the epoch), -1 for
     *                      anything else
     */
    public record Entry(Path path, String relativePath, String problem, long size, long modifiedNanos) {

        /** Something that is not a regular file, or cannot be read as one. */
        public Entry(Path path, String relativePath, String problem) {
            this(path, relativePath, problem, -1, -1);
        }

        public boolean isRegularFile() {
            return problem == null;
        }
    }

    /** One directory on the way down: its sorted names and the index of the next one to visit. */
    private static final class Level {
        final Directory directory;
        final String relativePrefix;
        final List<String> names;
        int next;

        Level(Directory directory, String relativePrefix, List<String> names) {
            this.directory = directory;
            this.relativePrefix = relativePrefix;
            this.names = names;
        }
    }

    private final Deque<Level> levels = new ArrayDeque<>();
    private Entry pending;
    private Level pendingFrom;
    /** The regular file last returned and the directory it is in, which {@link #open(Entry)} reads it through. */
    private Entry returned;
    private Level returnedFrom;

    /**
     * @param root        the filings directory
     * @param resumeAfter the relative path of the last entry already processed, or null to start at the beginning
     */
    public FilingsTreeWalker(Path root, String resumeAfter) {
        Path start = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(start)) {
            throw new IllegalArgumentException("not a directory: " + start);
        }
        try {
            levels.push(level(Directory.open(start), ""));
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
                levels.pop().directory.close();
                continue;
            }
            String name = level.names.get(level.next++);
            Path path = level.directory.path.resolve(name);
            String relative = level.relativePrefix + name;
            BasicFileAttributes attributes;
            try {
                attributes = level.directory.attributes(name);
            } catch (NoSuchFileException e) {
                pending = new Entry(path, relative, "disappeared after the directory was listed");
                continue;
            } catch (IOException e) {
                pending = new Entry(path, relative, "cannot read its attributes: " + reason(e));
                continue;
            }
            if (attributes.isDirectory()) {
                if (levels.size() >= MAX_DEPTH) {
                    pending = new Entry(path, relative, "directory nested deeper than " + MAX_DEPTH + " levels: not read");
                    continue;
                }
                try {
                    levels.push(level(level.directory.child(name), relative + "/"));
                } catch (IOException e) {
                    pending = new Entry(path, relative, "directory cannot be listed: " + reason(e));
                }
            } else if (attributes.isRegularFile()) {
                String absolute = path.toString();
                if (absolute.length() > SourceDocument.PATH_LENGTH) {
                    pending = new Entry(path, relative, "path of " + absolute.length() + " characters, longer than the "
                            + SourceDocument.PATH_LENGTH + " a stored document's path may have: not read");
                    continue;
                }
                pending = new Entry(path, relative, null, attributes.size(),
                        attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
                pendingFrom = level;
            } else if (attributes.isSymbolicLink()) {
                pending = new Entry(path, relative, notRegular(path, attributes) + ": not followed");
            } else {
                pending = new Entry(path, relative, notRegular(path, attributes) + ": not a regular file, not read");
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
        returned = entry.isRegularFile() ? entry : null;
        returnedFrom = entry.isRegularFile() ? pendingFrom : null;
        pending = null;
        pendingFrom = null;
        return entry;
    }

    /**
     * Opens the regular file the walk has just returned, through the directory it was found in and
     * without following a link. Call it before the walk moves on. What the file has become since it was
     * listed is checked first: a file replaced by a FIFO, a directory or a link is not opened.
     *
     * @throws NoSuchFileException when it is gone
     * @throws FileSystemException with a reason when it is no longer a regular file, or cannot be opened
     */
    public InputStream open(Entry entry) throws IOException {
        if (entry == null || entry != returned || returnedFrom.directory.isClosed()) {
            throw new IllegalStateException("open a regular file right after the walk returned it: " + entry);
        }
        return returnedFrom.directory.openFile(entry.path().getFileName().toString());
    }

    /**
     * Opens a file of the tree by its relative path, each directory on the way opened without following
     * a link: how a restarted job reopens the file it stopped inside.
     */
    public static InputStream open(Path root, String relativePath) throws IOException {
        List<String> names = Arrays.asList(relativePath.split("/"));
        Directory directory = Directory.open(root.toAbsolutePath().normalize());
        try {
            for (String name : names.subList(0, names.size() - 1)) {
                Directory child = directory.child(name);
                directory.close();
                directory = child;
            }
            return directory.openFile(names.get(names.size() - 1));
        } finally {
            directory.close();
        }
    }

    /** Releases the directories held open. */
    @Override
    public void close() {
        while (!levels.isEmpty()) {
            levels.pop().directory.close();
        }
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
            if (depth == names.size() - 1) {
                return;
            }
            try {
                if (!level.directory.attributes(name).isDirectory() || levels.size() >= MAX_DEPTH) {
                    return;
                }
                levels.push(level(level.directory.child(name), level.relativePrefix + name + "/"));
            } catch (IOException e) {
                // Reported as an entry when the walk meets it again.
                level.next = index;
                return;
            }
        }
    }

    private static Level level(Directory directory, String relativePrefix) throws IOException {
        List<String> names;
        try {
            names = directory.names();
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        Collections.sort(names);
        return new Level(directory, relativePrefix, names);
    }

    /** @return What the path is, when it is neither a directory nor a regular file, in words an operator knows. */
    private static String notRegular(Path path, BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            try {
                return "symbolic link to " + printable(Files.readSymbolicLink(path).toString());
            } catch (IOException | UnsupportedOperationException e) {
                return "symbolic link";
            }
        }
        try {
            // Linux and other Unix file systems give the file type in the mode bits.
            int type = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
            switch (type) {
                case 0010000:
                    return "named pipe (FIFO)";
                case 0140000:
                    return "socket";
                case 0020000:
                    return "character device";
                case 0060000:
                    return "block device";
                default:
                    break;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // no unix view here: say what is certain
        }
        return "special file";
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    /** Link targets are data: kept printable and bounded. */
    private static String printable(String text) {
        StringBuilder printable = new StringBuilder(Math.min(text.length(), 1024));
        for (int i = 0; i < text.length() && printable.length() < 1024; i++) {
            char c = text.charAt(i);
            printable.append(Character.isISOControl(c) ? '?' : c);
        }
        return printable.toString();
    }

    /**
     * A directory held open: through a {@link SecureDirectoryStream} where the platform has one, so that
     * its entries are opened relative to it and never through a link; by path elsewhere, with links
     * checked just before each open.
     */
    private static final class Directory implements Closeable {
        final Path path;
        private final SecureDirectoryStream<Path> secure;
        private boolean closed;

        private Directory(Path path, SecureDirectoryStream<Path> secure) {
            this.path = path;
            this.secure = secure;
        }

        static Directory open(Path path) throws IOException {
            DirectoryStream<Path> stream = Files.newDirectoryStream(path);
            if (stream instanceof SecureDirectoryStream<Path> secureStream) {
                return new Directory(path, secureStream);
            }
            stream.close();
            return new Directory(path, null);
        }

        /** @return The names in it, in no order. */
        List<String> names() throws IOException {
            List<String> names = new ArrayList<>();
            if (secure != null) {
                for (Path child : secure) {
                    names.add(child.getFileName().toString());
                }
                return names;
            }
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(path)) {
                for (Path child : stream) {
                    names.add(child.getFileName().toString());
                }
            }
            return names;
        }

        BasicFileAttributes attributes(String name) throws IOException {
            if (secure != null) {
                return secure.getFileAttributeView(relative(name), BasicFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS).readAttributes();
            }
            return Files.readAttributes(path.resolve(name), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }

        /** Opens a subdirectory; a link there, even one swapped in since it was listed, is refused. */
        Directory child(String name) throws IOException {
            if (secure != null) {
                return new Directory(path.resolve(name),
                        (SecureDirectoryStream<Path>) secure.newDirectoryStream(relative(name), LinkOption.NOFOLLOW_LINKS));
            }
            if (!attributes(name).isDirectory()) {
                throw new FileSystemException(path.resolve(name).toString(), null, "no longer a directory");
            }
            return open(path.resolve(name));
        }

        InputStream openFile(String name) throws IOException {
            BasicFileAttributes now = attributes(name);
            if (!now.isRegularFile()) {
                throw new FileSystemException(path.resolve(name).toString(), null, "replaced by a "
                        + (now.isDirectory() ? "directory" : notRegular(path.resolve(name), now))
                        + " between the scan and the read: not read");
            }
            // A link swapped in after that check makes the open fail (O_NOFOLLOW), never lead elsewhere.
            SeekableByteChannel channel = secure != null
                    ? secure.newByteChannel(relative(name), READ_NO_FOLLOW)
                    : Files.newByteChannel(path.resolve(name), READ_NO_FOLLOW);
            return Channels.newInputStream(channel);
        }

        boolean isClosed() {
            return closed;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (secure != null) {
                try {
                    secure.close();
                } catch (IOException e) {
                    // nothing was written through it
                }
            }
        }

        private Path relative(String name) {
            return path.getFileSystem().getPath(name);
        }
    }
}

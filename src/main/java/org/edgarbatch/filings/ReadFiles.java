package org.edgarbatch.filings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The files of one filings directory read to their end by earlier runs, as sorted primitive arrays: about
 * 32 bytes a file, so a directory of a million files costs 32 MB, not the hundreds its paths would.
 * A file is known by a 64-bit key of its path; a false match would also need the same size and
 * modification time, so a file is never passed over because of another one's record.
 */
public final class ReadFiles {

    /** Nothing read before: every file is read ({@code rescan}, or a first run). */
    public static final ReadFiles NONE = new ReadFiles(new long[0], new long[0], new long[0], new long[0], 0);

    private final long[] keys;
    private final long[] sizes;
    private final long[] modified;
    private final long[] documents;
    private final int count;

    private ReadFiles(long[] keys, long[] sizes, long[] modified, long[] documents, int count) {
        this.keys = keys;
        this.sizes = sizes;
        this.modified = modified;
        this.documents = documents;
        this.count = count;
    }

    /** @return The key a file is recorded and looked up under: the first 64 bits of SHA-256(root NUL path). */
    public static long pathKey(String root, String relativePath) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        digest.update(root.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        byte[] hash = digest.digest(relativePath.getBytes(StandardCharsets.UTF_8));
        long key = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            key = key << 8 | (hash[i] & 0xff);
        }
        return key;
    }

    /** @return How many files are known. */
    public int size() {
        return count;
    }

    /** @return Whether a file was recorded under this key, whatever its size and time then. */
    public boolean isKnown(long pathKey) {
        return first(pathKey) >= 0;
    }

    /**
     * @return The documents a file held when it was read, if it was read with this very size and modification
     *     time; -1 when it was not, or has changed since.
     */
    public long documentsIfUnchanged(long pathKey, long size, long modifiedNanos) {
        for (int i = first(pathKey); i >= 0 && i < count && keys[i] == pathKey; i++) {
            if (sizes[i] == size && modified[i] == modifiedNanos) {
                return documents[i];
            }
        }
        return -1;
    }

    private int first(long pathKey) {
        int i = Arrays.binarySearch(keys, 0, count, pathKey);
        if (i < 0) {
            return -1;
        }
        while (i > 0 && keys[i - 1] == pathKey) {
            i--;
        }
        return i;
    }

    /** Collects records in ascending order of key, as the repository reads them. */
    public static final class Builder {
        private long[] keys = new long[1024];
        private long[] sizes = new long[1024];
        private long[] modified = new long[1024];
        private long[] documents = new long[1024];
        private int count;

        public Builder add(long pathKey, long size, long modifiedNanos, long documentCount) {
            if (count > 0 && pathKey < keys[count - 1]) {
                throw new IllegalArgumentException("read files must be added in ascending order of their path keys");
            }
            if (count == keys.length) {
                int grown = keys.length * 2;
                keys = Arrays.copyOf(keys, grown);
                sizes = Arrays.copyOf(sizes, grown);
                modified = Arrays.copyOf(modified, grown);
                documents = Arrays.copyOf(documents, grown);
            }
            keys[count] = pathKey;
            sizes[count] = size;
            modified[count] = modifiedNanos;
            documents[count] = documentCount;
            count++;
            return this;
        }

        public ReadFiles build() {
            return new ReadFiles(Arrays.copyOf(keys, count), Arrays.copyOf(sizes, count),
                    Arrays.copyOf(modified, count), Arrays.copyOf(documents, count), count);
        }
    }
}

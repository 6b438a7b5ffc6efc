package org.edgarbatch.filings;

import java.util.Objects;

/**
 * Where a document was found: its file and, for a document inside a container, its place there.
 * Written as one string, {@code path!entry#sequence}: the file, the archive entry (a feed
 * archive's {@code .nc} file) and the document's sequence within its submission.
 *
 * @param path     the absolute path of the file in the filings directory
 * @param entry    the name of the archive entry holding it, or null when it is not in an archive
 * @param sequence its {@code <SEQUENCE>} in a full submission or feed file, or null for a document on its own
 */
public record DocumentLocation(String path, String entry, Integer sequence) {

    public DocumentLocation {
        Objects.requireNonNull(path, "path");
    }

    /** @return The location of a file read as one document. */
    public static DocumentLocation file(String path) {
        return new DocumentLocation(path, null, null);
    }

    public DocumentLocation withSequence(int documentSequence) {
        return new DocumentLocation(path, entry, documentSequence);
    }

    @Override
    public String toString() {
        return path + (entry == null ? "" : "!" + entry) + (sequence == null ? "" : "#" + sequence);
    }
}

package org.edgarbatch.filings;

import java.util.Objects;

/**
 * One document as read from a filings directory, with the facts that identify it.
 *
 * @param path      where it was found: the absolute path of its file
 * @param sizeBytes its length in bytes
 * @param sha256    the SHA-256 of its content, lower-case hex; the same content is the same document
 * @param content   its bytes, as read
 */
public record FilingDocument(String path, long sizeBytes, String sha256, byte[] content) {

    public FilingDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public String toString() {
        return "FilingDocument[" + path + ", " + sizeBytes + " bytes, sha256 " + sha256 + "]";
    }
}

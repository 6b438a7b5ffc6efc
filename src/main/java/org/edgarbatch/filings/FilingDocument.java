package org.edgarbatch.filings;

import java.util.Objects;

/**
 * One document as read from a filings directory, on its own or out of a container, with the facts
 * that identify it.
 *
 * @param location    where it was found
 * @param submission  the header facts of the submission it came in, or null for a document on its own
 * @param type        its {@code <TYPE>} in the submission (such as {@code 4} or {@code EX-99}), or null
 * @param fileName    its {@code <FILENAME>} in the submission, or null
 * @param description its {@code <DESCRIPTION>} in the submission, or null
 * @param sizeBytes   its length in bytes
 * @param sha256      its {@link ContentHash content hash}; the same content is the same document
 * @param content     its bytes, as read (for a submission's XML, without the {@code <XML>} wrapper)
 */
public record FilingDocument(DocumentLocation location, SubmissionFacts submission, String type, String fileName,
                             String description, long sizeBytes, String sha256, byte[] content) {

    public FilingDocument {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public String toString() {
        return "FilingDocument[" + location + ", " + sizeBytes + " bytes, sha256 " + sha256 + "]";
    }
}

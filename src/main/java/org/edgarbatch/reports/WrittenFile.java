package org.edgarbatch.reports;

import java.nio.file.Path;

/**
 * A file written completely and moved into place.
 *
 * @param path      where it now is
 * @param sizeBytes its length
 * @param sha256    its SHA-256, hex
 */
public record WrittenFile(Path path, long sizeBytes, String sha256) {
}

package org.edgarbatch.ingest;

import java.io.Serializable;

/**
 * Where the ingest reader stands after a committed chunk; a restarted execution resumes just after it.
 *
 * @param lastRelativePath the position in the walk of the last entry read, relative to the filings directory
 * @param entriesRead      how many entries this instance has read up to that position
 */
public record FilingDocumentCheckpoint(String lastRelativePath, long entriesRead) implements Serializable {

    private static final long serialVersionUID = 1L;
}

package org.edgarbatch.ingest;

import java.io.Serializable;

/**
 * Where the ingest reader stands after a committed chunk; a restarted execution resumes just after it.
 *
 * @param relativePath      the file being read, relative to the filings directory: the position in the walk
 * @param documentsReadInFile how many documents (or problems) of that file have been read; a container
 *                          is reopened and this many skipped, so a restart resumes inside it
 * @param entriesRead       how many documents this instance has read up to that position
 */
public record FilingDocumentCheckpoint(String relativePath, long documentsReadInFile, long entriesRead)
        implements Serializable {

    private static final long serialVersionUID = 2L;
}

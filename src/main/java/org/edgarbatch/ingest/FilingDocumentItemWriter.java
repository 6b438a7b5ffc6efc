package org.edgarbatch.ingest;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.edgarbatch.filings.SourceDocument;
import org.edgarbatch.filings.SourceDocumentRepository;

/**
 * Stores each document of a chunk once by content: a document whose SHA-256 is already stored,
 * by an earlier run or earlier in the same chunk, adds nothing.
 */
@Named
@Dependent
public class FilingDocumentItemWriter extends AbstractItemWriter {

    @Inject
    JobContext jobContext;

    @Inject
    SourceDocumentRepository repository;

    // Batch steps manage their own transactions: this runs inside the chunk's.
    @Override
    public void writeItems(List<Object> items) {
        List<ClassifiedDocument> documents = items.stream().map(ClassifiedDocument.class::cast).toList();
        Set<String> stored = repository.findStoredHashes(
                documents.stream().map(d -> d.document().sha256()).toList());
        Instant now = Instant.now();
        for (ClassifiedDocument document : documents) {
            if (stored.add(document.document().sha256())) {
                repository.store(new SourceDocument(document.document(), document.kind(), jobContext.getExecutionId(), now));
            }
        }
    }
}
